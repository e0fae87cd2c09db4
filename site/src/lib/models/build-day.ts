// The build's "today" in Warsaw, from the explicit build instant (BUILD_NOW), and windows of
// dates after it, with the shared calendar functions. Page models take these as parameters.
import { toWarsaw } from "@mops/shared";
import { dayOfIsoDate, isoDateOfDay } from "@mops/shared/hours/calendar";

/** "YYYY-MM-DD" of an instant in Europe/Warsaw. */
export function warsawDate(at: Date): string {
  return isoDateOfDay(toWarsaw(at.getTime()).day);
}

/** The date `days` days after `date` ("YYYY-MM-DD"). */
export function dateAfter(date: string, days: number): string {
  return isoDateOfDay(dayOfIsoDate(date) + days);
}
