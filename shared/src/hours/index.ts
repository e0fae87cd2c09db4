import { polishHolidayCalendar } from "../holidays/polish.ts";
import type { ScheduleHours } from "../schemas/schedule.ts";
import * as engine from "./engine.ts";
import type { DateLookup, DayHours, EngineOptions, Opening, Status } from "./types.ts";

/**
 * The hours engine with Polish public holidays as the default calendar. Pass `holidays` to use a
 * precomputed set (as the browser island does) and `closures` for editor-entered closures.
 */
export type HoursOptions = { holidays?: DateLookup; closures?: DateLookup };

const withDefaults = (options: HoursOptions): EngineOptions => {
  const filled: EngineOptions = { holidays: options.holidays ?? polishHolidayCalendar };
  if (options.closures) filled.closures = options.closures;
  return filled;
};

/** See `engine.statusAt`; holidays default to the Polish public holidays of any year. */
export function statusAt(
  schedule: ScheduleHours,
  at: Date | number,
  options: HoursOptions = {},
): Status {
  return engine.statusAt(schedule, at, withDefaults(options));
}

/** See `engine.nextOpening`; holidays default to the Polish public holidays. */
export function nextOpening(
  schedule: ScheduleHours,
  at: Date | number,
  options: HoursOptions = {},
): Opening | undefined {
  return engine.nextOpening(schedule, at, withDefaults(options));
}

/** See `engine.dayHours`; holidays default to the Polish public holidays. */
export function dayHours(
  schedule: ScheduleHours,
  date: string,
  options: HoursOptions = {},
): DayHours {
  return engine.dayHours(schedule, date, withDefaults(options));
}

/** See `engine.effectiveWeek`; holidays default to the Polish public holidays. */
export function effectiveWeek(
  schedule: ScheduleHours,
  date: string,
  options: HoursOptions = {},
): DayHours[] {
  return engine.effectiveWeek(schedule, date, withDefaults(options));
}

export type { CompiledSchedule as IslandSchedule } from "./compile.ts";
export { NEXT_OPENING_HORIZON_DAYS, prepareIslandSchedule } from "./engine.ts";
export { InvalidInstantError } from "./errors.ts";
export type * from "./types.ts";
