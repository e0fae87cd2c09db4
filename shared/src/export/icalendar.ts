import { hhmmToMinutes } from "../calendar/clock.ts";
import {
  civilFromDays,
  dayOfIsoDate,
  isoDateOfDay,
  monthDayKey,
  weekdayIndex,
} from "../calendar/days.ts";
import { fromWarsaw, isClockChangeDay, wallClockIntervals } from "../calendar/warsaw-time.ts";
import { WEEKDAYS } from "../calendar/weekdays.ts";
import { MODE_LABELS } from "../format/modes.ts";
import { polishHolidayCalendar } from "../holidays/polish.ts";
import type { DateLookup, DayRange } from "../hours/types.ts";
import type { ScheduleHours, ScheduleRule } from "../schemas/schedule.ts";
import { datedExceptions } from "./dated-exceptions.ts";

/**
 * iCalendar (RFC 5545) text of a schedule over a window of dates: one weekly event (RRULE with
 * BYDAY, UNTIL) per rule and per period in which the same rules apply (the regular week, or a
 * season), EXDATE for the public holidays, closures and exception dates it would otherwise
 * cover, single events for exception hours. Times carry TZID=Europe/Warsaw with its VTIMEZONE.
 * Lines end in CRLF and fold at 75 octets.
 */
export type ICalendarOptions = {
  /** First date of the window, `"YYYY-MM-DD"`. */
  from: string;
  /** Last date of the window, inclusive. */
  to: string;
  /** Event title, e.g. `"Przyjęcia interesantów – Dział Pomocy Środowiskowej"`. */
  title?: string;
  /** Prefix of the event UIDs, unique per schedule (e.g. its documentId). */
  uid?: string;
  /** DTSTAMP; default: midnight UTC of `from` (the export never reads the clock). */
  stamp?: Date | number;
  /** Public holidays (default: Polish). */
  holidays?: DateLookup;
  /** Editor-entered closures (date → reason). */
  closures?: DateLookup;
  /** The words of the modes in the titles (default: Polish); a calendar in another language. */
  modeLabels?: Readonly<Record<DayRange["mode"], string>>;
};

const CRLF = "\r\n";
const TZID = "Europe/Warsaw";
const ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TZID}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** Escapes TEXT values (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n/g, "\\n");
}

/** Octets of a code point in UTF-8. */
const utf8Octets = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  // A UTF-16 code unit is at most 3 octets in UTF-8 (a pair of them, 4): short lines fit.
  if (line.length * 3 <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) as number);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number, width = 2): string => n.toString().padStart(width, "0");

/** Local date-time `"YYYYMMDDTHHMMSS"` of a day and `"HH:MM"` (`"24:00"` is the next midnight). */
function localStamp(day: number, hhmm: string): string {
  if (hhmm === "24:00") return localStamp(day + 1, "00:00");
  const [year, month, date] = civilFromDays(day);
  return `${pad(year, 4)}${pad(month)}${pad(date)}T${hhmm.slice(0, 2)}${hhmm.slice(3, 5)}00`;
}

/** UTC date-time `"YYYYMMDDTHHMMSSZ"` of an instant. */
function utcStamp(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Which rules apply on a day: -1 for the regular week, else the season's index. */
function sourceOf(schedule: ScheduleHours, day: number): number {
  const date = isoDateOfDay(day);
  const key = monthDayKey(date.slice(5));
  return schedule.seasons.findIndex((season) => {
    const from = monthDayKey(season.fromMonthDay);
    const to = monthDayKey(season.toMonthDay);
    return from <= to ? key >= from && key <= to : key >= from || key <= to;
  });
}

const summaryOf = (
  title: string,
  range: Pick<DayRange, "mode">,
  labels: Readonly<Record<DayRange["mode"], string>> = MODE_LABELS,
): string => (labels[range.mode] ? `${title} (${labels[range.mode]})` : title);

/** The schedule as an iCalendar (VCALENDAR) text for the dates `from`…`to`. */
export function toICalendar(schedule: ScheduleHours, options: ICalendarOptions): string {
  const title = options.title ?? "Godziny przyjęć";
  const uid = options.uid ?? "schedule";
  const stamp = utcStamp(
    options.stamp === undefined
      ? Date.parse(`${options.from}T00:00:00Z`)
      : typeof options.stamp === "number"
        ? options.stamp
        : options.stamp.getTime(),
  );
  const holidays = options.holidays ?? polishHolidayCalendar;
  const validFrom = schedule.validFrom
    ? dayOfIsoDate(schedule.validFrom)
    : Number.NEGATIVE_INFINITY;
  const validTo = schedule.validTo ? dayOfIsoDate(schedule.validTo) : Number.POSITIVE_INFINITY;
  const fromDay = Math.max(dayOfIsoDate(options.from), validFrom);
  const toDay = Math.min(dayOfIsoDate(options.to), validTo);
  const { closed, hours } = datedExceptions(schedule, fromDay, toDay);

  /** Days a weekly event must skip: exceptions, and holidays or closures when closed on them. */
  const skipped = (day: number): boolean => {
    if (closed.has(day) || hours.has(day)) return true;
    if (!schedule.closedOnHolidays) return false;
    const date = isoDateOfDay(day);
    return holidays.has(date) || (options.closures?.has(date) ?? false);
  };

  const events: string[][] = [];
  const event = (lines: string[]) =>
    events.push([
      "BEGIN:VEVENT",
      `UID:${uid}-${events.length + 1}@mops`,
      `DTSTAMP:${stamp}`,
      ...lines,
      "END:VEVENT",
    ]);

  /**
   * A range that touches 02:00–03:00 on the last Sunday of March or October lasts an hour less
   * or more that day, or (October) holds twice, since hours are wall-clock times; a weekly event
   * repeats its exact duration (RFC 5545 3.8.5.3). Such days are excluded from the weekly event
   * and written as single events in UTC, one per interval (`wallClockIntervals`).
   */
  const spansClockChange = (day: number, range: Pick<DayRange, "opens" | "closes">): boolean =>
    isClockChangeDay(day) && range.opens <= "03:00" && range.closes >= "02:00";

  const single = (day: number, range: DayRange) => {
    const [opens, closes] = [hhmmToMinutes(range.opens), hhmmToMinutes(range.closes)];
    for (const [start, end] of wallClockIntervals(day, opens, closes)) {
      event([
        `DTSTART:${utcStamp(start)}`,
        `DTEND:${utcStamp(end)}`,
        `SUMMARY:${escapeText(summaryOf(title, range, options.modeLabels))}`,
        ...(range.note ? [`DESCRIPTION:${escapeText(range.note)}`] : []),
      ]);
    }
  };

  const weekly = (rule: ScheduleRule, first: number, last: number) => {
    const indexes = new Set(rule.days.map((day) => WEEKDAYS.indexOf(day)));
    const dates: number[] = [];
    for (let day = first; day <= last; day++) if (indexes.has(weekdayIndex(day))) dates.push(day);
    const special = dates.filter((day) => spansClockChange(day, rule) && !skipped(day));
    for (const day of special) single(day, rule);
    const regular = dates.filter((day) => !spansClockChange(day, rule));
    if (regular.length === 0) return;
    const byDay = [...indexes]
      .sort()
      .map((i) => ICAL_DAYS[i])
      .join(",");
    const until = utcStamp(fromWarsaw(last, 23 * 60 + 59) + 59_000);
    const exdates = dates
      .filter((day) => day > regular[0]! && (skipped(day) || spansClockChange(day, rule)))
      .map((day) => localStamp(day, rule.opens));
    if (skipped(regular[0]!)) exdates.unshift(localStamp(regular[0]!, rule.opens));
    event([
      `DTSTART;TZID=${TZID}:${localStamp(regular[0]!, rule.opens)}`,
      `DTEND;TZID=${TZID}:${localStamp(regular[0]!, rule.closes)}`,
      `RRULE:FREQ=WEEKLY;BYDAY=${byDay};UNTIL=${until}`,
      ...(exdates.length > 0 ? [`EXDATE;TZID=${TZID}:${exdates.join(",")}`] : []),
      `SUMMARY:${escapeText(summaryOf(title, rule, options.modeLabels))}`,
      ...(rule.note ? [`DESCRIPTION:${escapeText(rule.note)}`] : []),
    ]);
  };

  // Periods in which the same rules apply, then one weekly event per rule and period.
  for (let start = fromDay; start <= toDay; ) {
    const source = sourceOf(schedule, start);
    let end = start;
    while (end < toDay && sourceOf(schedule, end + 1) === source) end++;
    const rules = source < 0 ? schedule.rules : schedule.seasons[source]!.rules;
    for (const rule of rules) weekly(rule, start, end);
    start = end + 1;
  }

  for (const [day, ranges] of [...hours].sort(([a], [b]) => a - b)) {
    for (const range of ranges) {
      if (spansClockChange(day, range)) {
        single(day, range);
        continue;
      }
      event([
        `DTSTART;TZID=${TZID}:${localStamp(day, range.opens)}`,
        `DTEND;TZID=${TZID}:${localStamp(day, range.closes)}`,
        `SUMMARY:${escapeText(summaryOf(title, range, options.modeLabels))}`,
        ...(range.note ? [`DESCRIPTION:${escapeText(range.note)}`] : []),
      ]);
    }
  }

  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//mops-platform//opening hours//PL",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(title)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
    ...events.flat(),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
