// /godziny.ics: every schedule of the office for the coming year in one iCalendar file, with the
// public holidays of that year; /uk/godziny.ics and /en/godziny.ics the same from the office's
// translated schedules, titles and modes in the language, holiday names Polish and marked so. The shared export writes one VCALENDAR per schedule; their
// events are joined under one header.
import {
  escapeText,
  foldLine,
  HOURS_WORDS,
  holidayEventLines,
  holidaysOfYears,
  type Language,
  toICalendar,
  UI_STRINGS,
} from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { dateAfter } from "./build-day.ts";

export const CALENDAR_DAYS = 365;
const CRLF = "\r\n";

/** Header lines with the calendar's name (X-WR-CALNAME and its folded continuation) replaced. */
function withName(header: string[], name: string): string[] {
  const nameLine = foldLine(`X-WR-CALNAME:${escapeText(name)}`);
  const start = header.findIndex((line) => line.startsWith("X-WR-CALNAME:"));
  if (start === -1) return [header[0] ?? "BEGIN:VCALENDAR", nameLine, ...header.slice(1)];
  let end = start + 1;
  while (header[end]?.startsWith(" ")) end++;
  return [...header.slice(0, start), nameLine, ...header.slice(end)];
}

/**
 * Joins VCALENDAR texts: the first one's header and time zone, named `name`, then every file's
 * VEVENTs.
 */
export function mergeCalendars(calendars: readonly string[], name: string): string {
  const [first] = calendars;
  if (!first) return "";
  const lines = first.split(CRLF);
  const header = withName(
    lines.slice(
      0,
      lines.findIndex((line) => line === "BEGIN:VEVENT" || line === "END:VCALENDAR"),
    ),
    name,
  );
  const events = calendars.flatMap((calendar) => {
    const calendarLines = calendar.split(CRLF);
    const start = calendarLines.indexOf("BEGIN:VEVENT");
    const end = calendarLines.lastIndexOf("END:VEVENT");
    return start === -1 ? [] : calendarLines.slice(start, end + 1);
  });
  return [...header, ...events, "END:VCALENDAR", ""].join(CRLF);
}

/**
 * The office's calendar: every schedule's events, then the public holidays of the window as
 * all-day, transparent events (so the file always holds a component, as RFC 5545 requires, and
 * subscribers see why a day is off).
 */
export function hoursCalendar(
  content: OfficeContent,
  today: string,
  now: Date,
  language: Language = "pl",
): string {
  const { office } = content;
  const host = new URL(office.siteUrl).host;
  const polish = language === "pl";
  const to = dateAfter(today, CALENDAR_DAYS);
  const calendars = content.schedules.map((schedule) => {
    const owner = schedule.department?.name ?? schedule.programme?.title ?? office.shortName;
    return toICalendar(schedule, {
      from: today,
      to,
      title: `${schedule.label} – ${owner}`,
      uid: polish ? `${schedule.documentId}@${host}` : `${schedule.documentId}-${language}@${host}`,
      stamp: now,
      ...(polish ? {} : { modeLabels: HOURS_WORDS[language].modes }),
    });
  });
  const name = polish
    ? `Godziny urzędowania i przyjęć – ${office.shortName}`
    : `${UI_STRINGS[language].openingHours} – ${office.shortName}`;
  const merged =
    calendars.length > 0
      ? mergeCalendars(calendars, name)
      : [
          "BEGIN:VCALENDAR",
          "VERSION:2.0",
          `PRODID:-//${host}//godziny//PL`,
          "CALSCALE:GREGORIAN",
          foldLine(`X-WR-CALNAME:${escapeText(name)}`),
          "END:VCALENDAR",
          "",
        ].join(CRLF);
  const holidays = holidaysOfYears(Number(today.slice(0, 4)), Number(to.slice(0, 4))).filter(
    (holiday) => holiday.date >= today && holiday.date <= to,
  );
  const events = holidayEventLines(holidays, {
    uidDomain: host,
    stamp: now,
    ...(polish ? {} : { markPolish: true }),
  }).map(foldLine);
  return merged.replace(/END:VCALENDAR\r\n$/, [...events, "END:VCALENDAR", ""].join(CRLF));
}
