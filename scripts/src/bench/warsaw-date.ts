// Local datetimes in Europe/Warsaw for the dates of synthetic news posts:
// `YYYY-MM-DDTHH:MM:00+01:00` in winter, `+02:00` in summer, like the seed fixtures. The Warsaw
// calendar itself is the shared one (@mops/shared).
import { warsawDate, warsawOffset } from "@mops/shared";

const HOUR_MS = 3_600_000;

/** The UTC offset Warsaw has at an instant, `+01:00` or `+02:00`. */
export function warsawOffsetText(instant: Date): string {
  return `+0${warsawOffset(instant.getTime()) / HOUR_MS}:00`;
}

/**
 * The local datetime `daysBefore` days before the Warsaw calendar day of `reference`, at
 * `hour:minute` local time, with the offset of that day. Hours 04–23 avoid the DST switch.
 */
export function warsawDateTime(
  reference: Date,
  daysBefore: number,
  hour: number,
  minute: number,
): string {
  const day = warsawDate(reference.getTime() - daysBefore * 86_400_000);
  const noon = new Date(`${day}T12:00:00Z`);
  const hh = String(hour).padStart(2, "0");
  const mm = String(minute).padStart(2, "0");
  return `${day}T${hh}:${mm}:00${warsawOffsetText(noon)}`;
}
