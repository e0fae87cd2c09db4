import fc from "fast-check";
import { minutesToHhmm } from "../src/calendar/clock.ts";
import { WEEKDAYS } from "../src/calendar/weekdays.ts";
import {
  type ScheduleHours,
  type ScheduleRule,
  scheduleHoursSchema,
} from "../src/schemas/schedule.ts";

/**
 * fast-check generators of valid schedules for property tests. Ranges come from one sorted
 * sequence of 15-minute grid points, so they never overlap whatever days they get.
 */

const GRID = 15;

const modeArb = fc.constantFrom("in_person", "phone_only", "by_appointment", "priority" as const);

const daysArb = fc.subarray([...WEEKDAYS], { minLength: 1 });

/** Up to `max` non-overlapping rules (possibly abutting), on grid points up to `lastPoint`. */
export const rulesArb = (
  max: number,
  lastPoint = (24 * 60) / GRID - 1,
): fc.Arbitrary<ScheduleRule[]> =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: lastPoint }), {
      minLength: 0,
      maxLength: max * 2,
    })
    .chain((points) => {
      const sorted = [...points].sort((a, b) => a - b);
      const pairs: [number, number][] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i]!, sorted[i + 1]!]);
      return fc.tuple(
        ...pairs.map(([a, b]) =>
          fc.tuple(daysArb, modeArb, fc.constant(a), fc.constant(b), fc.boolean()),
        ),
      );
    })
    .map((rules) =>
      rules.map(([days, mode, a, b, abut]) => ({
        days,
        mode,
        opens: minutesToHhmm(a * GRID),
        closes: minutesToHhmm(b * GRID),
        ...(abut ? {} : { note: "uwaga" }),
      })),
    );

const dateArb = (fromYear: number, toYear: number) =>
  fc
    .date({
      min: new Date(Date.UTC(fromYear, 0, 1)),
      max: new Date(Date.UTC(toYear, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

const monthDayArb = fc
  .date({
    min: new Date(Date.UTC(2024, 0, 1)),
    max: new Date(Date.UTC(2024, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(5, 10));

/**
 * Exceptions in date order, each moved past the previous one's last day when they would
 * overlap (the schema refuses overlapping exceptions).
 */
function apart<T extends { from: string; length: number }>(list: T[]): (T & { fromMs: number })[] {
  let earliest = Number.NEGATIVE_INFINITY;
  return [...list]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((e) => {
      const fromMs = Math.max(Date.parse(`${e.from}T00:00:00Z`), earliest);
      earliest = fromMs + (e.length + 1) * 86_400_000;
      return { ...e, fromMs };
    });
}

/** A valid schedule: rules, maybe a season, maybe validity and exceptions. */
export const scheduleArb: fc.Arbitrary<ScheduleHours> = fc
  .record({
    rules: rulesArb(3),
    season: fc.option(fc.record({ from: monthDayArb, to: monthDayArb, rules: rulesArb(2) }), {
      nil: undefined,
    }),
    validity: fc.option(fc.tuple(dateArb(2024, 2027), dateArb(2024, 2027)), { nil: undefined }),
    closedOnHolidays: fc.boolean(),
    exceptions: fc.array(
      fc.record({
        from: dateArb(2025, 2026),
        length: fc.integer({ min: 0, max: 3 }),
        closed: fc.boolean(),
        start: fc.integer({ min: 0, max: 90 }),
        span: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 2 },
    ),
  })
  .map(({ rules, season, validity, closedOnHolidays, exceptions }) => {
    const [from, to] = validity ? [...validity].sort() : [undefined, undefined];
    const input = {
      rules,
      seasons: season
        ? [
            {
              label: "sezon",
              fromMonthDay: season.from,
              toMonthDay: season.to,
              rules: season.rules,
            },
          ]
        : [],
      ...(from ? { validFrom: from, validTo: to } : {}),
      closedOnHolidays,
      exceptions: apart(exceptions).map((e) => {
        const start = new Date(e.fromMs);
        const end = new Date(e.fromMs + e.length * 86_400_000);
        const base = {
          from: start.toISOString().slice(0, 10),
          to: end.toISOString().slice(0, 10),
          reason: "wyjątek",
        };
        return e.closed
          ? { ...base, closed: true }
          : {
              ...base,
              closed: false,
              opens: minutesToHhmm(e.start * GRID),
              closes: minutesToHhmm((e.start + e.span) * GRID),
            };
      }),
    };
    return scheduleHoursSchema.parse(input);
  });

/** An instant in 2024–2027. */
export const instantArb = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) });

/** An instant on the 15-minute grid in 2024–2027. */
export const gridInstantArb = instantArb.map(
  (t) => Math.floor(t / (GRID * 60_000)) * GRID * 60_000,
);

export const GRID_MS = GRID * 60_000;

/** Schedules open only on Sunday nights, 00:00–05:00: where the clocks change. */
export const sundayNightScheduleArb: fc.Arbitrary<ScheduleHours> = rulesArb(3, (5 * 60) / GRID).map(
  (rules) =>
    scheduleHoursSchema.parse({
      closedOnHolidays: false,
      rules: rules.map((rule) => ({ ...rule, days: ["sun"] })),
    }),
);

/** The Sundays the clocks change in 2025 and 2026. */
export const CLOCK_CHANGE_SUNDAYS = [
  "2025-03-30",
  "2025-10-26",
  "2026-03-29",
  "2026-10-25",
] as const;

/** Start of the probed night before a clock-change Sunday: Saturday 23:00 UTC, 8 hours long. */
export const clockChangeNightStart = (sunday: string): number =>
  Date.parse(`${sunday}T00:00:00Z`) - 3_600_000;

export const CLOCK_CHANGE_NIGHT_MS = 8 * 3_600_000;

/** An instant in one of the clock-change nights, on the minute grid or anywhere. */
export const clockChangeInstantArb: fc.Arbitrary<number> = fc
  .tuple(
    fc.constantFrom(...CLOCK_CHANGE_SUNDAYS),
    fc.integer({ min: 0, max: CLOCK_CHANGE_NIGHT_MS - 1 }),
    fc.boolean(),
  )
  .map(([sunday, offset, onGrid]) => {
    const t = clockChangeNightStart(sunday) + offset;
    return onGrid ? Math.floor(t / GRID_MS) * GRID_MS : t;
  });

/** A Sunday-night schedule and one clock-change night (`from`…`to`, epoch ms) to probe it in. */
export const clockChangeNightArb = fc
  .tuple(sundayNightScheduleArb, fc.constantFrom(...CLOCK_CHANGE_SUNDAYS))
  .map(([schedule, sunday]) => {
    const from = clockChangeNightStart(sunday);
    return { schedule, sunday, from, to: from + CLOCK_CHANGE_NIGHT_MS };
  });
