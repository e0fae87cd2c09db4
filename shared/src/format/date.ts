import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { pl } from "date-fns/locale/pl";

/** The time zone every office is in. */
export const WARSAW = "Europe/Warsaw";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `"YYYY-MM-DD"` as a local Date at midnight (date-fns formats local fields). */
function localDate(date: string): Date {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`not a date: "${date}" (expected YYYY-MM-DD)`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
}

/** A date or an instant in Warsaw time, ready for date-fns. */
function toDate(value: string | Date | number): Date {
  if (typeof value === "string" && DATE_PATTERN.test(value)) return localDate(value);
  const epochMs =
    typeof value === "string"
      ? Date.parse(value)
      : typeof value === "number"
        ? value
        : value.getTime();
  if (Number.isNaN(epochMs)) throw new RangeError(`not a date or instant: "${String(value)}"`);
  return new TZDate(epochMs, WARSAW);
}

/**
 * A date as residents read it: `"2021-06-07"` → `"7 czerwca 2021"`. An instant (ISO datetime,
 * Date, epoch ms) is read in Warsaw time.
 */
export function formatDate(value: string | Date | number): string {
  return format(toDate(value), "d MMMM yyyy", { locale: pl });
}

/** An instant in Warsaw time with the time: `"7 czerwca 2021, 10:00"`, `"8 czerwca 2021, 7:30"`. */
export function formatDateTime(value: string | Date | number): string {
  return format(toDate(value), "d MMMM yyyy, H:mm", { locale: pl });
}

/** A short numeric date, `"07.06.2021"`, as offices write it in notices. */
export function formatShortDate(value: string | Date | number): string {
  return format(toDate(value), "dd.MM.yyyy", { locale: pl });
}

/**
 * A period: `"1 października 2019 – 31 października 2020"`; the same year or month is not
 * repeated (`"1 – 31 lipca 2020"`, `"1 lipca – 31 sierpnia 2020"`); open ends read `"od …"`, `"do …"`.
 */
export function formatDateRange(from: string | undefined, to: string | undefined): string {
  if (from === undefined && to === undefined) return "";
  if (from === undefined) return `do ${formatDate(to!)}`;
  if (to === undefined) return `od ${formatDate(from)}`;
  const start = toDate(from);
  const end = toDate(to);
  if (from === to) return formatDate(from);
  if (start.getFullYear() !== end.getFullYear()) return `${formatDate(from)} – ${formatDate(to)}`;
  if (start.getMonth() !== end.getMonth()) {
    return `${format(start, "d MMMM", { locale: pl })} – ${formatDate(to)}`;
  }
  return `${format(start, "d", { locale: pl })} – ${formatDate(to)}`;
}
