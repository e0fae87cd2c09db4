import { hhmmToMinutes } from "../format/time.ts";
import { assertValidHours } from "../rules/schedule-checks.ts";
import type { ScheduleHours, ScheduleRule } from "../schemas/schedule.ts";
import { dayOfIsoDate, monthDayKey } from "./calendar.ts";
import { type ScheduleMode, WEEKDAYS } from "./week.ts";

/** A range in minutes after local midnight, end exclusive. */
export type MinuteRange = { start: number; end: number; mode: ScheduleMode; note?: string };

/** Ranges per weekday index (0 = Monday), sorted by start. */
export type CompiledWeek = MinuteRange[][];

/** A schedule prepared for fast evaluation: day numbers, minutes, ranges by weekday. */
export type CompiledSchedule = {
  week: CompiledWeek;
  seasons: { from: number; to: number; label: string; week: CompiledWeek }[];
  validFrom: number;
  validTo: number;
  closedOnHolidays: boolean;
  exceptions: { from: number; to: number; closed: boolean; reason: string; range?: MinuteRange }[];
  /** False when no rule, season or exception ever opens: the next opening needs no search. */
  opensEver: boolean;
};

const toRange = (
  opens: string,
  closes: string,
  mode: ScheduleMode,
  note: string | undefined,
): MinuteRange => {
  const range: MinuteRange = { start: hhmmToMinutes(opens), end: hhmmToMinutes(closes), mode };
  if (note !== undefined) range.note = note;
  return range;
};

function compileWeek(rules: readonly ScheduleRule[]): CompiledWeek {
  const week: CompiledWeek = WEEKDAYS.map(() => []);
  for (const rule of rules) {
    for (const day of rule.days) {
      week[WEEKDAYS.indexOf(day)]!.push(toRange(rule.opens, rule.closes, rule.mode, rule.note));
    }
  }
  for (const ranges of week) ranges.sort((a, b) => a.start - b.start);
  return week;
}

const cache = new WeakMap<ScheduleHours, CompiledSchedule>();

/**
 * Checks a schedule (throws `ScheduleError` on the first problem) and compiles it, once per
 * schedule object: schedules must not be mutated after their first evaluation.
 */
export function compileSchedule(schedule: ScheduleHours): CompiledSchedule {
  const cached = cache.get(schedule);
  if (cached) return cached;
  assertValidHours(schedule);
  const week = compileWeek(schedule.rules);
  const seasons = schedule.seasons.map((season) => ({
    from: monthDayKey(season.fromMonthDay),
    to: monthDayKey(season.toMonthDay),
    label: season.label,
    week: compileWeek(season.rules),
  }));
  const exceptions = schedule.exceptions.map((exception) => {
    const from = dayOfIsoDate(exception.from);
    const compiled: CompiledSchedule["exceptions"][number] = {
      from,
      to: exception.to === undefined ? from : dayOfIsoDate(exception.to),
      closed: exception.closed,
      reason: exception.reason,
    };
    if (!exception.closed && exception.opens !== undefined && exception.closes !== undefined) {
      compiled.range = toRange(
        exception.opens,
        exception.closes,
        exception.mode ?? "in_person",
        exception.reason,
      );
    }
    return compiled;
  });
  const hasRanges = (w: CompiledWeek) => w.some((ranges) => ranges.length > 0);
  const compiled: CompiledSchedule = {
    week,
    seasons,
    validFrom:
      schedule.validFrom === undefined
        ? Number.NEGATIVE_INFINITY
        : dayOfIsoDate(schedule.validFrom),
    validTo:
      schedule.validTo === undefined ? Number.POSITIVE_INFINITY : dayOfIsoDate(schedule.validTo),
    closedOnHolidays: schedule.closedOnHolidays,
    exceptions,
    opensEver:
      hasRanges(week) || seasons.some((s) => hasRanges(s.week)) || exceptions.some((e) => e.range),
  };
  cache.set(schedule, compiled);
  return compiled;
}
