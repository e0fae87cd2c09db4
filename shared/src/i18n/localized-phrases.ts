import { civilFromDays, dayOfIsoDate, weekdayIndex } from "../calendar/days.ts";
import { toWarsaw } from "../calendar/warsaw-time.ts";
import type { Opening, Status } from "../hours/types.ts";
import type { ScheduleMode } from "../schemas/schedule-shape.ts";
import type { PhraseTable } from "./phrase-tables.ts";

/**
 * Open-now phrases in any language from its `PhraseTable`: `"відчинено до 14:00"`,
 * `"closed – opens on Monday at 09:00"`. No zod, no date-fns, no tables: the browser island
 * bundles this and gets the table from the page.
 */

/** `"HH:MM"` as the language writes it: `"9:00"` in Polish, `"09:00"` in Ukrainian and English. */
export function timeIn(table: PhraseTable, hhmm: string): string {
  return !table.zeroPad && hhmm.charCodeAt(0) === 48 ? hhmm.slice(1) : hhmm;
}

/** "today", "tomorrow", "on Monday" (within a week) or "7 June" ("7 January 2027" in another year). */
export function dayPhraseIn(table: PhraseTable, date: string, now: number): string {
  const today = toWarsaw(now).day;
  const day = dayOfIsoDate(date);
  const ahead = day - today;
  if (ahead === 0) return table.today;
  if (ahead === 1) return table.tomorrow;
  if (ahead > 1 && ahead < 7) return table.onWeekday[weekdayIndex(day)]!;
  const [year, month, dayOfMonth] = civilFromDays(day);
  const yearPart = civilFromDays(today)[0] === year ? "" : ` ${year}${table.yearSuffix}`;
  return `${dayOfMonth} ${table.months[month - 1]}${yearPart}`;
}

/** `"tomorrow at 10:00"`, with the state when it is not plain open: `"on Monday at 09:00 (phone only)"`. */
export function openingPhraseIn(table: PhraseTable, opening: Opening, now: number): string {
  const at = table.atHour?.[String(Number(opening.time.slice(0, 2)))] ?? table.at;
  const mode = opening.state === "open" ? "" : ` (${table.open[opening.state]})`;
  return `${dayPhraseIn(table, opening.date, now)} ${at} ${timeIn(table, opening.time)}${mode}`;
}

/** The status as one short phrase in the table's language; `now` is the instant of the status. */
export function statusPhraseIn(table: PhraseTable, status: Status, now: number): string {
  if (status.state !== "closed")
    return `${table.open[status.state]} ${table.until} ${timeIn(table, status.until.time)}`;
  const own =
    table.closedFor &&
    status.detail &&
    (status.reason === "closure" || status.reason === "exception");
  const closed = own ? table.closedFor!.replace("{}", status.detail!) : table.closed[status.reason];
  return status.next
    ? `${closed} – ${table.opens} ${openingPhraseIn(table, status.next, now)}`
    : closed;
}

/** The editor's own reason of a closure or exception, where the table has words to say it. */
const ownReason = (table: PhraseTable, status: Status): string | undefined =>
  status.state === "closed" &&
  (status.reason === "closure" || status.reason === "exception") &&
  table.closedFor
    ? status.detail
    : undefined;

/**
 * The status as a line in two parts, the state in words and the rest: `["Open", " until 14:00"]`,
 * `["Closed", " today (public holiday) – opens on Monday at 09:00"]`.
 */
export function statusPartsIn(table: PhraseTable, status: Status, now: number): [string, string] {
  if (status.state !== "closed")
    return [table.heads[status.state], ` ${table.until} ${timeIn(table, status.until.time)}`];
  const own = ownReason(table, status);
  const rest =
    own && table.closedForRest
      ? table.closedForRest.replace("{}", own)
      : table.closedRest[status.reason];
  const next = status.next ? ` – ${table.opens} ${openingPhraseIn(table, status.next, now)}` : "";
  return [table.heads.closed, rest + next];
}

/** A range of a day in minutes since midnight, as the engine compiles it. */
export type DaySpan = { start: number; end: number; mode: ScheduleMode };

const clockIn = (table: PhraseTable, minutes: number): string => {
  const m = minutes % 60;
  return timeIn(table, `${minutes < 600 ? "0" : ""}${(minutes - m) / 60}:${m < 10 ? "0" : ""}${m}`);
};

/**
 * A day's hours in one line: `"Today (23 November): 08:00–12:00 (by appointment only)"`,
 * `"Сьогодні (23 листопада): зачинено"`.
 */
export function todayLineIn(table: PhraseTable, date: string, spans: readonly DaySpan[]): string {
  const hours = spans.map(
    (span) =>
      `${clockIn(table, span.start)}–${clockIn(table, span.end)}${span.mode === "in_person" ? "" : ` (${table.open[span.mode]})`}`,
  );
  return table.todayHours
    .replace("{date}", `${Number(date.slice(8))} ${table.months[Number(date.slice(5, 7)) - 1]}`)
    .replace("{hours}", hours.join(", ") || table.closedAllDay);
}
