import type { ScheduleHours } from "../schemas/schedule.ts";
import { assertValidHours } from "../schemas/schedule-checks.ts";
import { type CompiledSchedule, cachedCompiler, compileSchedule } from "./compile.ts";
import { dayHoursOf, effectiveWeekOf, nextOpeningOf, statusOf } from "./core.ts";
import type { DayHours, EngineOptions, Opening, Status } from "./types.ts";

/**
 * The server-side engine: every schedule is checked in full first (`ScheduleError` with the
 * path, a Polish message and an English detail), then compiled once. Holidays are a required
 * option here; `./index.ts` defaults them to the Polish public holidays.
 */
const compile = cachedCompiler((schedule) => {
  assertValidHours(schedule);
  return compileSchedule(schedule);
});

/**
 * The status of a schedule at an instant: open (in one of the modes) until when, or closed, why,
 * and the next opening.
 * @throws {ScheduleError} when the schedule is invalid.
 */
export function statusAt(
  schedule: ScheduleHours,
  at: Date | number,
  options: EngineOptions,
): Status {
  return statusOf(compile(schedule), at, options);
}

/**
 * The next opening strictly after an instant (any open state), or `undefined` when there is none
 * within `NEXT_OPENING_HORIZON_DAYS`.
 */
export function nextOpening(
  schedule: ScheduleHours,
  at: Date | number,
  options: EngineOptions,
): Opening | undefined {
  return nextOpeningOf(compile(schedule), at, options);
}

/**
 * A schedule checked in full and compiled to plain JSON for the browser island
 * (`./island.ts`): run it at build time and serialise the result into the page.
 * @throws {ScheduleError} when the schedule is invalid.
 */
export function prepareIslandSchedule(schedule: ScheduleHours): CompiledSchedule {
  return compile(schedule);
}

/** The effective hours of one local date `"YYYY-MM-DD"`. */
export function dayHours(schedule: ScheduleHours, date: string, options: EngineOptions): DayHours {
  return dayHoursOf(compile(schedule), date, options);
}

/** The effective hours of the week (Monday to Sunday) that contains the local date `"YYYY-MM-DD"`. */
export function effectiveWeek(
  schedule: ScheduleHours,
  date: string,
  options: EngineOptions,
): DayHours[] {
  return effectiveWeekOf(compile(schedule), date, options);
}

export { NEXT_OPENING_HORIZON_DAYS } from "./core.ts";
