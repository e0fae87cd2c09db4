// /godziny.ics: every schedule of the office for the coming year in one iCalendar file. The
// shared export writes one VCALENDAR per schedule; their events are joined under one header.
import { toICalendar } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { dateAfter } from "./build-day.ts";

export const CALENDAR_DAYS = 365;
const CRLF = "\r\n";

/** Joins VCALENDAR texts: the first one's header and time zone, then every file's VEVENTs. */
export function mergeCalendars(calendars: readonly string[]): string {
  const [first] = calendars;
  if (!first) return "";
  const lines = first.split(CRLF);
  const header = lines.slice(
    0,
    lines.findIndex((line) => line === "BEGIN:VEVENT" || line === "END:VCALENDAR"),
  );
  const events = calendars.flatMap((calendar) => {
    const calendarLines = calendar.split(CRLF);
    const start = calendarLines.indexOf("BEGIN:VEVENT");
    const end = calendarLines.lastIndexOf("END:VEVENT");
    return start === -1 ? [] : calendarLines.slice(start, end + 1);
  });
  return [...header, ...events, "END:VCALENDAR", ""].join(CRLF);
}

export function hoursCalendar(content: OfficeContent, today: string, now: Date): string {
  const { office } = content;
  const host = new URL(office.siteUrl).host;
  const calendars = content.schedules.map((schedule) => {
    const owner = schedule.department?.name ?? schedule.programme?.title ?? office.shortName;
    return toICalendar(schedule, {
      from: today,
      to: dateAfter(today, CALENDAR_DAYS),
      title: `${schedule.label} – ${owner}`,
      uid: `${schedule.documentId}@${host}`,
      stamp: now,
    });
  });
  return calendars.length > 0
    ? mergeCalendars(calendars)
    : [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        `PRODID:-//${host}//godziny//PL`,
        "END:VCALENDAR",
        "",
      ].join(CRLF);
}
