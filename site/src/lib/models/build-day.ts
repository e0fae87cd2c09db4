// The build's "today" in Warsaw, from the explicit build instant (BUILD_NOW), with the shared
// calendar functions. Page models take the result as a parameter; none reads the clock.

import { toWarsaw } from "@mops/shared";
import { isoDateOfDay } from "@mops/shared/hours/calendar";

/** "YYYY-MM-DD" of an instant in Europe/Warsaw. */
export function warsawDate(at: Date): string {
  return isoDateOfDay(toWarsaw(at.getTime()).day);
}
