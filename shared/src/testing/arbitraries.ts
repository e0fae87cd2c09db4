import fc from "fast-check";
import { minutesToHhmm } from "../format/time.ts";
import { WEEKDAYS } from "../hours/week.ts";
import { type ScheduleHours, type ScheduleRule, scheduleHoursSchema } from "../schemas/schedule.ts";

/**
 * fast-check generators of valid schedules for property tests. Ranges come from one sorted
 * sequence of 15-minute grid points, so they never overlap whatever days they get.
 */

const GRID = 15;

const modeArb = fc.constantFrom("in_person", "phone_only", "by_appointment", "priority" as const);

const daysArb = fc.subarray([...WEEKDAYS], { minLength: 1 });

/** Up to `max` non-overlapping rules (possibly abutting). */
export const rulesArb = (max: number): fc.Arbitrary<ScheduleRule[]> =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: (24 * 60) / GRID - 1 }), {
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
      // Exceptions are kept apart (each its own week) so they never overlap each other.
      exceptions: exceptions.map((e, i) => {
        const start = new Date(Date.parse(`${e.from}T00:00:00Z`) + i * 7 * 86_400_000);
        const end = new Date(start.getTime() + e.length * 86_400_000);
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
