/** Weekday codes in the order Polish calendars use (Monday first). */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A weekday code, `"mon"` … `"sun"`. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Runs of consecutive days, first and last of each, in week order:
 * `["fri", "mon", "tue"]` → `[["mon", "tue"], ["fri", "fri"]]`. */
export function weekdayRuns(days: readonly Weekday[]): [Weekday, Weekday][] {
  const indexes = [...new Set(days.map((day) => WEEKDAYS.indexOf(day)))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const index of indexes) {
    const last = runs.at(-1);
    if (last && last[1] === index - 1) last[1] = index;
    else runs.push([index, index]);
  }
  return runs.map(([from, to]) => [WEEKDAYS[from]!, WEEKDAYS[to]!]);
}
