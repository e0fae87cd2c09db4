// Which row of a schedule's tables is "today": the weekday of a date in the table that applies on
// it (the season whose month-days hold it, else the regular week), when the schedule is valid.
// Dependency-free and small: the open-now island marks the row for the visitor's date (the HTML
// marks none, so it does not depend on the build day).

/** A table's span: a season's month-days (`"MM-DD"`), or none for the regular week. */
export interface TableSpan {
  from?: string;
  to?: string;
}

/** What a schedule's tables need to find today's row; the regular week, if any, comes first. */
export interface TodayInput {
  spans: readonly TableSpan[];
  validFrom?: string;
  validTo?: string;
}

/** The day of the week of `"YYYY-MM-DD"` as `Date#getUTCDay` numbers it (0 = Sunday). */
export const dayOfWeek = (date: string): number => new Date(date).getUTCDay();

/** The table and day of the week (0 = Sunday) of today's row, or undefined when none applies. */
export function todayCell(
  input: TodayInput,
  date: string,
): { table: number; day: number } | undefined {
  if (date < (input.validFrom ?? "") || date > (input.validTo ?? "9")) return undefined;
  const monthDay = date.slice(5);
  // The regular week holds every date; a season holds those between its month-days (inclusive,
  // `from > to` wraps the year end) and, listed after the regular week, wins.
  const table = input.spans.findLastIndex(
    ({ from = "", to = "" }) =>
      !from ||
      (from <= to ? from <= monthDay && monthDay <= to : monthDay >= from || monthDay <= to),
  );
  return table < 0 ? undefined : { table, day: dayOfWeek(date) };
}
