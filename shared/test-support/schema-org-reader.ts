/**
 * An independent reader of schema.org opening hours, written from the schema.org definitions
 * (https://schema.org/OpeningHoursSpecification, https://schema.org/specialOpeningHoursSpecification)
 * and not from the hours engine: whether a place is open at an instant.
 * - The instant is read as Europe/Warsaw wall-clock date, weekday and time (Intl).
 * - An object applies on a date within its `validFrom`…`validThrough` (either may be missing)
 *   and, when it has `dayOfWeek`, on those weekdays.
 * - Special objects override the regular ones: when any special object's validity covers the
 *   date, only the special objects decide that date.
 * - `opens`–`closes` is open from `opens` up to, not including, `closes`; `00:00`–`00:00` is
 *   closed; `closes` `23:59` means until midnight (schema.org's documented convention).
 */
export type SchemaOrgSpec = {
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
};

export type SchemaOrgPlaceHours = {
  openingHoursSpecification?: SchemaOrgSpec[];
  specialOpeningHoursSpecification?: SchemaOrgSpec[];
};

const local = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Warsaw",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  weekday: "long",
  hourCycle: "h23",
});

/** The Warsaw wall-clock date `"YYYY-MM-DD"`, weekday name and time `"HH:MM"` of an instant. */
export function warsawWallClock(epochMs: number): { date: string; weekday: string; time: string } {
  const parts = Object.fromEntries(
    local.formatToParts(new Date(epochMs)).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: parts.weekday!,
    time: `${parts.hour}:${parts.minute}`,
  };
}

const covers = (spec: SchemaOrgSpec, date: string): boolean =>
  (spec.validFrom === undefined || spec.validFrom <= date) &&
  (spec.validThrough === undefined || date <= spec.validThrough);

const onWeekday = (spec: SchemaOrgSpec, weekday: string): boolean =>
  spec.dayOfWeek === undefined || spec.dayOfWeek.includes(`https://schema.org/${weekday}`);

const openAtTime = (spec: SchemaOrgSpec, time: string): boolean => {
  if (spec.opens === "00:00" && spec.closes === "00:00") return false;
  const closes = spec.closes === "23:59" ? "24:00" : spec.closes;
  return spec.opens <= time && time < closes;
};

/** Whether the place is open at the instant, by schema.org's reading of its hours. */
export function schemaOrgOpenAt(place: SchemaOrgPlaceHours, epochMs: number): boolean {
  const { date, weekday, time } = warsawWallClock(epochMs);
  const special = (place.specialOpeningHoursSpecification ?? []).filter((spec) =>
    covers(spec, date),
  );
  const applying =
    special.length > 0
      ? special.filter((spec) => onWeekday(spec, weekday))
      : (place.openingHoursSpecification ?? []).filter(
          (spec) => covers(spec, date) && onWeekday(spec, weekday),
        );
  return applying.some((spec) => openAtTime(spec, time));
}
