// Windows of dates after the build's "today" (BUILD_TODAY, the Warsaw date of BUILD_NOW), with
// the shared calendar functions. Page models take these as parameters.
import { dayOfIsoDate, isoDateOfDay } from "@mops/shared";

/** The date `days` days after `date` ("YYYY-MM-DD"). */
export function dateAfter(date: string, days: number): string {
  return isoDateOfDay(dayOfIsoDate(date) + days);
}
