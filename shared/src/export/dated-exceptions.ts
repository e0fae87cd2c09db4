import { dayOfIsoDate } from "../calendar/days.ts";
import type { DayRange } from "../hours/types.ts";
import type { ScheduleHours } from "../schemas/schedule.ts";

/**
 * A schedule's exceptions resolved per date, for the exports: closed dates, and dates whose
 * hours are replaced (several exceptions on one date give several ranges). Exception hours win
 * over a closing exception on the same date (a one-day opening during a longer closure), as in
 * the engine.
 */
export type DatedExceptions = {
  closed: Map<number, string>;
  hours: Map<number, DayRange[]>;
};

/** Exceptions by day number, limited to `fromDay`…`toDay` and to the schedule's validity. */
export function datedExceptions(
  schedule: ScheduleHours,
  fromDay: number,
  toDay: number,
): DatedExceptions {
  const validFrom = schedule.validFrom
    ? dayOfIsoDate(schedule.validFrom)
    : Number.NEGATIVE_INFINITY;
  const validTo = schedule.validTo ? dayOfIsoDate(schedule.validTo) : Number.POSITIVE_INFINITY;
  const closed = new Map<number, string>();
  const hours = new Map<number, DayRange[]>();
  for (const exception of schedule.exceptions) {
    const from = Math.max(dayOfIsoDate(exception.from), fromDay, validFrom);
    const to = Math.min(
      exception.to ? dayOfIsoDate(exception.to) : dayOfIsoDate(exception.from),
      toDay,
      validTo,
    );
    for (let day = from; day <= to; day++) {
      if (exception.closed) {
        closed.set(day, exception.reason);
        continue;
      }
      const range: DayRange = {
        opens: exception.opens!,
        closes: exception.closes!,
        mode: exception.mode ?? "in_person",
        note: exception.reason,
      };
      hours.set(
        day,
        [...(hours.get(day) ?? []), range].sort((a, b) => a.opens.localeCompare(b.opens)),
      );
    }
  }
  for (const day of hours.keys()) closed.delete(day);
  return { closed, hours };
}

/** A key that is equal for equal lists of ranges. */
export const rangesKey = (ranges: readonly DayRange[]): string =>
  ranges.map((r) => `${r.opens}-${r.closes}-${r.mode}-${r.note ?? ""}`).join("|");
