// /dni-wolne.ics and /dni-wolne.json: Polish public holidays of the build day's year and the
// next, with their names, from the shared holiday calendar. The build day is a parameter.
import { holidaysICalendar, holidaysJson, holidaysOfYears } from "@mops/shared";

const yearOf = (today: string): number => Number(today.slice(0, 4));

/** The iCalendar feed of the holidays of `today`'s year and the next. */
export function holidaysCalendarText(siteUrl: string, today: string, now: Date): string {
  const year = yearOf(today);
  return holidaysICalendar(holidaysOfYears(year, year + 1), "Dni wolne od pracy w Polsce", {
    uidDomain: new URL(siteUrl).host,
    stamp: now,
  });
}

/** The JSON feed of the holidays of `today`'s year and the next. */
export function holidaysJsonText(today: string): string {
  const year = yearOf(today);
  return `${JSON.stringify(holidaysJson(year, year + 1), null, 2)}\n`;
}
