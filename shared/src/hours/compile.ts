import { hhmmToMinutes } from "../calendar/clock.ts";
import { dayOfIsoDate, monthDayKey } from "../calendar/days.ts";
import { WEEKDAYS } from "../calendar/weekdays.ts";
import { ScheduleError } from "../schemas/errors.ts";
import type { ScheduleHours, ScheduleRule } from "../schemas/schedule.ts";
import type { ScheduleMode } from "../schemas/schedule-shape.ts";

/** A range in minutes after local midnight, end exclusive. */
export type MinuteRange = { start: number; end: number; mode: ScheduleMode; note?: string };

/** Ranges per weekday index (0 = Monday), sorted by start. */
export type CompiledWeek = MinuteRange[][];

/** Day numbers standing for "no limit" in `validFrom`/`validTo` (JSON has no infinities). */
export const NO_START = -100_000_000;
export const NO_END = 100_000_000;

/**
 * A schedule prepared for fast evaluation: day numbers, minutes, ranges by weekday. Plain JSON:
 * the site can prepare it at build time and ship it to the browser island.
 */
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

/**
 * The engine's own guard, in English only (small enough for the browser island): it refuses
 * what it cannot evaluate without guessing. The full checks with Polish messages are
 * `scheduleProblems`, which the server-side engine runs first.
 */
const fail = (path: string, detail: string): never => {
  throw new ScheduleError(path, detail, detail);
};

const toRange = (
  path: string,
  opens: string,
  closes: string,
  mode: ScheduleMode,
  note: string | undefined,
): MinuteRange => {
  const range: MinuteRange = { start: hhmmToMinutes(opens), end: hhmmToMinutes(closes), mode };
  if (!(range.start < range.end))
    fail(path, `${path} does not close (${closes}) after it opens (${opens})`);
  if (note !== undefined) range.note = note;
  return range;
};

function compileWeek(rules: readonly ScheduleRule[], path: string): CompiledWeek {
  const week: (MinuteRange & { rule: number })[][] = WEEKDAYS.map(() => []);
  rules.forEach((rule, index) => {
    const range = toRange(`${path}[${index}]`, rule.opens, rule.closes, rule.mode, rule.note);
    for (const day of rule.days) {
      const ranges =
        week[WEEKDAYS.indexOf(day)] ??
        fail(`${path}[${index}].days`, `${path}[${index}]: unknown day ${day}`);
      ranges.push({ ...range, rule: index });
    }
  });
  return week.map((ranges) => {
    ranges.sort((a, b) => a.start - b.start);
    for (let i = 1; i < ranges.length; i++) {
      if (ranges[i]!.start < ranges[i - 1]!.end) {
        fail(
          `${path}[${ranges[i]!.rule}].opens`,
          `${path}[${ranges[i]!.rule}] overlaps ${path}[${ranges[i - 1]!.rule}]`,
        );
      }
    }
    return ranges.map(({ rule: _rule, ...range }) => range);
  });
}

const dayOrFail = (date: string, path: string): number => {
  const day = dayOfIsoDate(date);
  return Number.isNaN(day) ? fail(path, `${path}: not a date ${date}`) : day;
};

/** Compiles a schedule, refusing one it cannot evaluate (`ScheduleError`, English detail). */
export function compileSchedule(schedule: ScheduleHours): CompiledSchedule {
  const week = compileWeek(schedule.rules, "rules");
  const seasons = schedule.seasons.map((season, index) => {
    const from = monthDayKey(season.fromMonthDay);
    const to = monthDayKey(season.toMonthDay);
    if (Number.isNaN(from + to))
      fail(`seasons[${index}]`, `seasons[${index}] has a malformed month-day`);
    return {
      from,
      to,
      label: season.label,
      week: compileWeek(season.rules, `seasons[${index}].rules`),
    };
  });
  const exceptions = schedule.exceptions.map((exception, index) => {
    const path = `exceptions[${index}]`;
    const from = dayOrFail(exception.from, `${path}.from`);
    const to = exception.to === undefined ? from : dayOrFail(exception.to, `${path}.to`);
    if (to < from) fail(`${path}.to`, `${path}: ends before it starts`);
    const compiled: CompiledSchedule["exceptions"][number] = {
      from,
      to,
      closed: exception.closed,
      reason: exception.reason,
    };
    if (!exception.closed) {
      compiled.range = toRange(
        path,
        exception.opens ?? "",
        exception.closes ?? "",
        exception.mode ?? "in_person",
        exception.reason,
      );
    }
    return compiled;
  });
  const hasRanges = (w: CompiledWeek) => w.some((ranges) => ranges.length > 0);
  return {
    week,
    seasons,
    validFrom:
      schedule.validFrom === undefined ? NO_START : dayOrFail(schedule.validFrom, "validFrom"),
    validTo: schedule.validTo === undefined ? NO_END : dayOrFail(schedule.validTo, "validTo"),
    closedOnHolidays: schedule.closedOnHolidays,
    exceptions,
    opensEver:
      hasRanges(week) || seasons.some((s) => hasRanges(s.week)) || exceptions.some((e) => e.range),
  };
}

/**
 * Wraps a compiler with a cache keyed by the schedule object: schedules must not be mutated
 * after their first evaluation.
 */
export function cachedCompiler(
  compile: (schedule: ScheduleHours) => CompiledSchedule,
): (schedule: ScheduleHours) => CompiledSchedule {
  const cache = new WeakMap<ScheduleHours, CompiledSchedule>();
  return (schedule) => {
    let compiled = cache.get(schedule);
    if (!compiled) {
      compiled = compile(schedule);
      cache.set(schedule, compiled);
    }
    return compiled;
  };
}
