import { weekdayIndex } from "../calendar/days.ts";
import type { DayRange } from "../hours/types.ts";

/** A day's effective hours for the dated exports, and why it is closed when it has none. */
export type DaySpecial = { ranges: DayRange[]; closedDetail?: string };

/** Consecutive days written as one week: weekdays with the same hours grouped, in order. */
export type WeeklyRun = {
  /** First and last day numbers of the run, inclusive. */
  from: number;
  to: number;
  /** Weekday indexes (0 = Monday) with the same hours. */
  groups: { weekdays: number[]; day: DaySpecial }[];
};

const rangeKey = (range: DayRange): string =>
  `${range.opens}-${range.closes}-${range.mode}-${range.note ?? ""}`;

/** A key equal for days with the same ranges, in any order. */
export const dayKey = (ranges: readonly DayRange[]): string =>
  ranges.map(rangeKey).sort().join("|");

/**
 * Runs of consecutive days in which the same weekday always has the same hours, so each can be
 * written as one week valid over the run. A named closure (holiday, closure, closed exception)
 * is a run of its own.
 */
export function weeklyRuns(days: ReadonlyMap<number, DaySpecial>): WeeklyRun[] {
  const runs: WeeklyRun[] = [];
  const sorted = [...days.keys()].sort((a, b) => a - b);
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!;
    const byWeekday = new Map<number, DaySpecial>();
    let last = first;
    let named = false;
    while (i < sorted.length && (sorted[i] === first || sorted[i] === last + 1)) {
      const day = sorted[i]!;
      const special = days.get(day)!;
      if (day !== first && (special.closedDetail || named)) break;
      named = special.closedDetail !== undefined;
      const known = byWeekday.get(weekdayIndex(day));
      if (known && dayKey(known.ranges) !== dayKey(special.ranges)) break;
      if (known && known.closedDetail !== special.closedDetail) break;
      byWeekday.set(weekdayIndex(day), special);
      last = day;
      i++;
    }
    const groups = new Map<string, { weekdays: number[]; day: DaySpecial }>();
    for (const weekday of [...byWeekday.keys()].sort((a, b) => a - b)) {
      const special = byWeekday.get(weekday)!;
      const key = `${dayKey(special.ranges)}#${special.closedDetail ?? ""}`;
      const group = groups.get(key);
      if (group) group.weekdays.push(weekday);
      else groups.set(key, { weekdays: [weekday], day: special });
    }
    runs.push({ from: first, to: last, groups: [...groups.values()] });
  }
  return runs;
}
