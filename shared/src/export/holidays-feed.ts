import { dayOfIsoDate, isoDateOfDay } from "../calendar/days.ts";
import { type Holiday, polishHolidays } from "../holidays/polish.ts";
import { escapeText, foldLine } from "./icalendar.ts";

/**
 * Polish public holidays as feeds: iCalendar all-day events (RFC 5545) and JSON, for the years a
 * caller chooses (the site: the build day's year and the next). Names come from the shared
 * calendar (`polishHolidays`); nothing reads the clock.
 */

const CRLF = "\r\n";

/** The holidays of the years `fromYear`…`toYear`, in date order. */
export function holidaysOfYears(fromYear: number, toYear: number): Holiday[] {
  const holidays: Holiday[] = [];
  for (let year = fromYear; year <= toYear; year++) holidays.push(...polishHolidays(year));
  return holidays;
}

const dateValue = (date: string): string => date.replace(/-/g, "");

/** UTC `"YYYYMMDDTHHMMSSZ"` of an instant (DTSTAMP). */
const utcStamp = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** Options of the holiday events. */
export type HolidayEventOptions = {
  /** Suffix of the event UIDs, e.g. the site's host: `"…@kutno.localhost"`. */
  uidDomain: string;
  /** DTSTAMP: the build instant. */
  stamp: Date;
  /** In a calendar in another language: the Polish names say so (`SUMMARY;LANGUAGE=pl:`). */
  markPolish?: boolean;
};

/**
 * One all-day, transparent (not busy) VEVENT per holiday, as content lines (unfolded). Shared by
 * the holiday feed and the hours calendar, which lists them so a subscriber sees why a day is off.
 */
export function holidayEventLines(
  holidays: readonly Holiday[],
  options: HolidayEventOptions,
): string[] {
  return holidays.flatMap((holiday) => [
    "BEGIN:VEVENT",
    `UID:swieto-${holiday.date}@${options.uidDomain}`,
    `DTSTAMP:${utcStamp(options.stamp)}`,
    `DTSTART;VALUE=DATE:${dateValue(holiday.date)}`,
    `DTEND;VALUE=DATE:${dateValue(isoDateOfDay(dayOfIsoDate(holiday.date) + 1))}`,
    `SUMMARY${options.markPolish ? ";LANGUAGE=pl" : ""}:${escapeText(holiday.name)}`,
    `CATEGORIES${options.markPolish ? ";LANGUAGE=pl" : ""}:Dzień wolny od pracy`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ]);
}

/** The holidays as a VCALENDAR text, named `name`, CRLF line ends, folded at 75 octets. */
export function holidaysICalendar(
  holidays: readonly Holiday[],
  name: string,
  options: HolidayEventOptions,
): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${options.uidDomain}//dni wolne//PL`,
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(name)}`,
    ...holidayEventLines(holidays, options),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The JSON feed of the holidays. */
export type HolidaysJson = {
  country: "PL";
  /** The law that makes them days off work. */
  source: string;
  years: number[];
  holidays: Holiday[];
};

/** The holidays of `fromYear`…`toYear` as the JSON feed's object. */
export function holidaysJson(fromYear: number, toYear: number): HolidaysJson {
  const years: number[] = [];
  for (let year = fromYear; year <= toYear; year++) years.push(year);
  return {
    country: "PL",
    source: "Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy",
    years,
    holidays: holidaysOfYears(fromYear, toYear),
  };
}
