import { minutesToHhmm } from "../calendar/clock.ts";
import { dayOfIsoDate, isoDateOfDay, weekdayIndex } from "../calendar/days.ts";
import { toWarsaw, wallClockIntervals } from "../calendar/warsaw-time.ts";
import { WEEKDAYS } from "../calendar/weekdays.ts";
import type { ScheduleMode } from "../schemas/schedule-shape.ts";
import type { CompiledSchedule, MinuteRange } from "./compile.ts";
import { InvalidInstantError } from "./errors.ts";
import type {
  ClosedReason,
  DayHours,
  DayRange,
  EngineOptions,
  Moment,
  Opening,
  OpenState,
  Status,
} from "./types.ts";

/**
 * The hours engine: status at an instant, next opening, a day's and a week's effective hours,
 * in Europe/Warsaw wall-clock time (a range in the repeated October hour holds twice, see
 * `wallClockIntervals`). No zod, no date-fns, no clock: the browser island bundles this.
 * Holidays are a parameter (`options.holidays`); `./index.ts` fills in Polish holidays.
 * These functions take a compiled schedule: the server side checks schedules fully before
 * compiling (`./engine.ts`); the island trusts build-time validation and keeps only the
 * compiler's guard (`./island.ts`).
 */

/** How far ahead the next opening is searched: four years, enough for a season on 29 February. */
export const NEXT_OPENING_HORIZON_DAYS = 4 * 366;

const MINUTE_MS = 60_000;

const STATE_OF_MODE: Readonly<Record<ScheduleMode, OpenState>> = {
  in_person: "open",
  phone_only: "phone_only",
  by_appointment: "by_appointment",
  priority: "priority",
};

type DayPlan = {
  ranges: readonly MinuteRange[];
  reason?: Exclude<ClosedReason, "outside_hours">;
  detail?: string;
  season?: string;
};

const NONE: readonly MinuteRange[] = [];

const inSeason = (key: number, from: number, to: number): boolean =>
  from <= to ? key >= from && key <= to : key >= from || key <= to;

/** The ranges of day `day` by the schedule semantics (validity, exceptions, holidays, seasons, rules). */
function planDay(schedule: CompiledSchedule, day: number, options: EngineOptions): DayPlan {
  if (day < schedule.validFrom || day > schedule.validTo)
    return { ranges: NONE, reason: "outside_validity" };
  // Exceptions with hours win over closing ones on the same day (a one-day opening during a
  // longer closure), as in the exports (`datedExceptions`).
  let replaced: MinuteRange[] | undefined;
  let closedBy: string | undefined;
  for (const exception of schedule.exceptions) {
    if (day < exception.from || day > exception.to) continue;
    if (exception.closed) closedBy = closedBy ?? exception.reason;
    else {
      replaced = replaced ?? [];
      replaced.push(exception.range!);
    }
  }
  if (replaced) return { ranges: replaced.sort((a, b) => a.start - b.start) };
  if (closedBy !== undefined) return { ranges: NONE, reason: "exception", detail: closedBy };
  const date = isoDateOfDay(day);
  if (schedule.closedOnHolidays) {
    if (options.holidays.has(date)) return withDetail("holiday", options.holidays.get?.(date));
    if (options.closures?.has(date)) return withDetail("closure", options.closures.get?.(date));
  }
  let week = schedule.week;
  let season: string | undefined;
  if (schedule.seasons.length > 0) {
    const key = Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
    for (const candidate of schedule.seasons) {
      if (inSeason(key, candidate.from, candidate.to)) {
        week = candidate.week;
        season = candidate.label;
        break;
      }
    }
  }
  const ranges = week[weekdayIndex(day)]!;
  const plan: DayPlan = ranges.length > 0 ? { ranges } : { ranges, reason: "no_hours_today" };
  if (season !== undefined) plan.season = season;
  return plan;
}

function withDetail(reason: "holiday" | "closure", detail: string | undefined): DayPlan {
  return detail === undefined ? { ranges: NONE, reason } : { ranges: NONE, reason, detail };
}

/** The local date and time of an instant (a range start in the skipped March hour reads 03:00). */
function moment(epochMs: number): Moment {
  const { day, msOfDay } = toWarsaw(epochMs);
  return { date: isoDateOfDay(day), time: minutesToHhmm(Math.floor(msOfDay / MINUTE_MS)), epochMs };
}

function opening(range: MinuteRange, epochMs: number): Opening {
  const result: Opening = { ...moment(epochMs), state: STATE_OF_MODE[range.mode] };
  if (range.note !== undefined) result.note = range.note;
  return result;
}

/** A range of one day as an interval of instants (a range may give two in October). */
type Slot = { start: number; end: number; range: MinuteRange };

/** The slots of a day's ranges, in order of time. */
function slotsOf(day: number, ranges: readonly MinuteRange[]): Slot[] {
  const slots: Slot[] = [];
  for (const range of ranges) {
    for (const [start, end] of wallClockIntervals(day, range.start, range.end)) {
      slots.push({ start, end, range });
    }
  }
  return slots.sort((a, b) => a.start - b.start);
}

/** First slot starting after `epochMs`, from local `day` on, within the horizon. */
function findNext(
  schedule: CompiledSchedule,
  day: number,
  epochMs: number,
  options: EngineOptions,
): Opening | undefined {
  if (!schedule.opensEver) return undefined;
  const last = Math.min(day + NEXT_OPENING_HORIZON_DAYS, schedule.validTo);
  for (let d = Math.max(day, schedule.validFrom); d <= last; d++) {
    const { ranges } = planDay(schedule, d, options);
    if (ranges.length === 0) continue;
    const slot = slotsOf(d, ranges).find(({ start }) => start > epochMs);
    if (slot) return opening(slot.range, slot.start);
  }
  return undefined;
}

/** The instant in epoch ms; `InvalidInstantError` for an invalid `Date` or a non-finite number. */
function epochOf(at: Date | number): number {
  const epochMs = typeof at === "number" ? at : at.getTime();
  if (!Number.isFinite(epochMs)) throw new InvalidInstantError(at);
  return epochMs;
}

const toDayRange = (range: MinuteRange): DayRange => {
  const dayRange: DayRange = {
    opens: minutesToHhmm(range.start),
    closes: minutesToHhmm(range.end),
    mode: range.mode,
  };
  if (range.note !== undefined) dayRange.note = range.note;
  return dayRange;
};

function hoursOfDay(compiled: CompiledSchedule, day: number, options: EngineOptions): DayHours {
  const plan = planDay(compiled, day, options);
  const hours: DayHours = {
    date: isoDateOfDay(day),
    weekday: WEEKDAYS[weekdayIndex(day)]!,
    ranges: plan.ranges.map(toDayRange),
  };
  if (plan.reason !== undefined) {
    hours.closed =
      plan.detail === undefined
        ? { reason: plan.reason }
        : { reason: plan.reason, detail: plan.detail };
  }
  if (plan.season !== undefined) hours.season = plan.season;
  return hours;
}

function dayOf(date: string): number {
  const day = dayOfIsoDate(date);
  if (Number.isNaN(day)) throw new RangeError(`not a date: "${date}" (expected YYYY-MM-DD)`);
  return day;
}

/** The status of a compiled schedule at an instant (see `statusAt` in `./engine.ts`). */
export function statusOf(
  compiled: CompiledSchedule,
  at: Date | number,
  options: EngineOptions,
): Status {
  const epochMs = epochOf(at);
  const { day } = toWarsaw(epochMs);
  const plan = planDay(compiled, day, options);
  const slots = slotsOf(day, plan.ranges);
  const i = slots.findIndex(({ start, end }) => start <= epochMs && epochMs < end);
  if (i >= 0) {
    const { range } = slots[i]!;
    // Contiguous ranges of the same mode read as one.
    let end = slots[i]!.end;
    for (
      let k = i + 1;
      k < slots.length && slots[k]!.start === end && slots[k]!.range.mode === range.mode;
      k++
    ) {
      end = slots[k]!.end;
    }
    const status: Status = { state: STATE_OF_MODE[range.mode], until: moment(end) };
    if (range.note !== undefined) status.note = range.note;
    return status;
  }
  const status: Status = { state: "closed", reason: plan.reason ?? "outside_hours" };
  if (plan.detail !== undefined) status.detail = plan.detail;
  const next = findNext(compiled, day, epochMs, options);
  if (next) status.next = next;
  return status;
}

/** The next opening of a compiled schedule strictly after an instant. */
export function nextOpeningOf(
  compiled: CompiledSchedule,
  at: Date | number,
  options: EngineOptions,
): Opening | undefined {
  const epochMs = epochOf(at);
  return findNext(compiled, toWarsaw(epochMs).day, epochMs, options);
}

/** The ranges of a compiled schedule on a local day (days since the epoch), lean for the island. */
export function rangesOn(
  compiled: CompiledSchedule,
  day: number,
  options: EngineOptions,
): readonly MinuteRange[] {
  return planDay(compiled, day, options).ranges;
}

/** The effective hours of a compiled schedule on one local date `"YYYY-MM-DD"`. */
export function dayHoursOf(
  compiled: CompiledSchedule,
  date: string,
  options: EngineOptions,
): DayHours {
  return hoursOfDay(compiled, dayOf(date), options);
}

/** The effective hours of a compiled schedule in the week (Monday to Sunday) containing a local date. */
export function effectiveWeekOf(
  compiled: CompiledSchedule,
  date: string,
  options: EngineOptions,
): DayHours[] {
  const day = dayOf(date);
  const monday = day - weekdayIndex(day);
  return WEEKDAYS.map((_, index) => hoursOfDay(compiled, monday + index, options));
}
