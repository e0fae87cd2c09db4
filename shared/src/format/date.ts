import { format } from "date-fns/format";
import { pl } from "date-fns/locale/pl";
import { formatTime, minutesToHhmm } from "../calendar/clock.ts";
import { civilFromDays } from "../calendar/days.ts";
import { toWarsaw } from "../calendar/warsaw-time.ts";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;

/** A calendar day as a local Date at noon (date-fns formats local fields; noon is in no DST gap). */
function localNoon(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day, 12);
}

/**
 * A date `"YYYY-MM-DD"` or an instant (ISO datetime, Date, epoch ms) as its Warsaw calendar day,
 * ready for date-fns, and the minutes after Warsaw midnight (noon for a bare date). Warsaw time
 * comes from the shared calendar (`toWarsaw`), the one the hours engine uses.
 */
function inWarsaw(value: string | Date | number): { day: Date; minutes: number } {
  const match = typeof value === "string" ? DATE_PATTERN.exec(value) : null;
  if (match) {
    return { day: localNoon(Number(match[1]), Number(match[2]), Number(match[3])), minutes: 720 };
  }
  const epochMs =
    typeof value === "string"
      ? Date.parse(value)
      : typeof value === "number"
        ? value
        : value.getTime();
  if (Number.isNaN(epochMs)) throw new RangeError(`not a date or instant: "${String(value)}"`);
  const local = toWarsaw(epochMs);
  const [year, month, day] = civilFromDays(local.day);
  return { day: localNoon(year, month, day), minutes: Math.floor(local.msOfDay / MINUTE_MS) };
}

/**
 * A date as residents read it: `"2021-06-07"` → `"7 czerwca 2021"`. An instant (ISO datetime,
 * Date, epoch ms) is read in Warsaw time.
 */
export function formatDate(value: string | Date | number): string {
  return format(inWarsaw(value).day, "d MMMM yyyy", { locale: pl });
}

/** An instant in Warsaw time with the time: `"7 czerwca 2021, 10:00"`, `"8 czerwca 2021, 7:30"`. */
export function formatDateTime(value: string | Date | number): string {
  const { day, minutes } = inWarsaw(value);
  return `${format(day, "d MMMM yyyy", { locale: pl })}, ${formatTime(minutesToHhmm(minutes))}`;
}

/** A short numeric date, `"07.06.2021"`, as offices write it in notices. */
export function formatShortDate(value: string | Date | number): string {
  return format(inWarsaw(value).day, "dd.MM.yyyy", { locale: pl });
}

/**
 * A period: `"1 października 2019 – 31 października 2020"`; the same year or month is not
 * repeated (`"1 – 31 lipca 2020"`, `"1 lipca – 31 sierpnia 2020"`); open ends read `"od …"`, `"do …"`.
 */
export function formatDateRange(from: string | undefined, to: string | undefined): string {
  if (from === undefined && to === undefined) return "";
  if (from === undefined) return `do ${formatDate(to!)}`;
  if (to === undefined) return `od ${formatDate(from)}`;
  const start = inWarsaw(from).day;
  const end = inWarsaw(to).day;
  if (from === to) return formatDate(from);
  if (start.getFullYear() !== end.getFullYear()) return `${formatDate(from)} – ${formatDate(to)}`;
  if (start.getMonth() !== end.getMonth()) {
    return `${format(start, "d MMMM", { locale: pl })} – ${formatDate(to)}`;
  }
  return `${format(start, "d", { locale: pl })} – ${formatDate(to)}`;
}

/**
 * A yearly period between two month-days (`"MM-DD"`), as season headings read:
 * `"1 lipca – 31 sierpnia"`, `"1 – 31 lipca"`, `"15 grudnia – 15 stycznia"` (across the year end).
 */
export function formatMonthDayRange(from: string, to: string): string {
  const day = (monthDay: string) =>
    localNoon(2000, Number(monthDay.slice(0, 2)), Number(monthDay.slice(3, 5)));
  if (from === to) return format(day(from), "d MMMM", { locale: pl });
  if (from.slice(0, 2) === to.slice(0, 2)) {
    return `${format(day(from), "d", { locale: pl })} – ${format(day(to), "d MMMM", { locale: pl })}`;
  }
  return `${format(day(from), "d MMMM", { locale: pl })} – ${format(day(to), "d MMMM", { locale: pl })}`;
}
