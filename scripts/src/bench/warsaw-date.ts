// Calendar dates and local datetimes in Europe/Warsaw, for the dates of synthetic news posts:
// `YYYY-MM-DDTHH:MM:00+01:00` in winter, `+02:00` in summer, like the seed fixtures.

const calendar = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Warsaw",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

const offsetFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Warsaw",
  timeZoneName: "longOffset",
});

/** The Warsaw calendar date of an instant, `YYYY-MM-DD`. */
export function warsawDate(instant: Date): string {
  return calendar.format(instant);
}

/** The UTC offset Warsaw has at an instant, `+01:00` or `+02:00`. */
export function warsawOffset(instant: Date): string {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === "timeZoneName")?.value;
  const offset = name?.replace(/^GMT/, "") ?? "";
  return offset === "" ? "+00:00" : offset;
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
  const day = warsawDate(new Date(reference.getTime() - daysBefore * 86_400_000));
  const noon = new Date(`${day}T12:00:00Z`);
  const hh = String(hour).padStart(2, "0");
  const mm = String(minute).padStart(2, "0");
  return `${day}T${hh}:${mm}:00${warsawOffset(noon)}`;
}
