import { civilFromDays, dayOfIsoDate, isoDateOfDay } from "../calendar/days.ts";
import type { Weekday } from "../calendar/weekdays.ts";
import { type ClosedDays, groupWeek, weekOfRules } from "../format/hours.ts";
import { MODE_LABELS } from "../format/modes.ts";
import { polishHolidayCalendar } from "../holidays/polish.ts";
import type { DateLookup, DayRange } from "../hours/types.ts";
import type { ScheduleHours, ScheduleRule } from "../schemas/schedule.ts";
import { datedExceptions } from "./dated-exceptions.ts";

/**
 * schema.org `OpeningHoursSpecification` objects (https://schema.org/OpeningHoursSpecification),
 * plain JSON for JSON-LD. Regular hours give one object per range and group of days (split
 * hours give several); the schedule's validity becomes `validFrom`/`validThrough`. Dated items
 * need a window (`from`, `to`): each season's occurrence in it (its ranges, and its closed
 * weekdays as 00:00–00:00), exceptions, public holidays and closures (closed: 00:00–00:00).
 */
export type OpeningHoursSpecification = {
  "@type": "OpeningHoursSpecification";
  /** Days as schema.org URLs, e.g. `"https://schema.org/Monday"`; missing for dated items. */
  dayOfWeek?: string[];
  /** `"HH:MM"`; `"00:00"` with `closes` `"00:00"` marks a closed day. */
  opens: string;
  closes: string;
  /** First date the object applies, `"YYYY-MM-DD"`. */
  validFrom?: string;
  /** Last date the object applies, inclusive. */
  validThrough?: string;
  /** The mode and note, a holiday's name or an exception's reason, in Polish. */
  description?: string;
};

/** Options of the schema.org export. */
export type SchemaOrgOptions = {
  /** First date of the window for dated items, `"YYYY-MM-DD"`. */
  from?: string;
  /** Last date of the window, inclusive. */
  to?: string;
  /** Public holidays (default: Polish). */
  holidays?: DateLookup;
  /** Editor-entered closures (date → reason). */
  closures?: DateLookup;
};

const DAY_URLS: Readonly<Record<Weekday, string>> = {
  mon: "https://schema.org/Monday",
  tue: "https://schema.org/Tuesday",
  wed: "https://schema.org/Wednesday",
  thu: "https://schema.org/Thursday",
  fri: "https://schema.org/Friday",
  sat: "https://schema.org/Saturday",
  sun: "https://schema.org/Sunday",
};

const describe = (range: DayRange): string =>
  [MODE_LABELS[range.mode], range.note].filter(Boolean).join(", ");

function spec(
  range: Pick<DayRange, "opens" | "closes">,
  extra: Partial<OpeningHoursSpecification>,
  description = "",
): OpeningHoursSpecification {
  return {
    "@type": "OpeningHoursSpecification",
    ...(extra.dayOfWeek ? { dayOfWeek: extra.dayOfWeek } : {}),
    opens: range.opens,
    closes: range.closes,
    ...(extra.validFrom ? { validFrom: extra.validFrom } : {}),
    ...(extra.validThrough ? { validThrough: extra.validThrough } : {}),
    ...(description ? { description } : {}),
  };
}

const CLOSED_DAY = { opens: "00:00", closes: "00:00" };

function weekSpecs(
  rules: readonly ScheduleRule[],
  validity: Partial<OpeningHoursSpecification>,
  closedDays: ClosedDays,
): OpeningHoursSpecification[] {
  return groupWeek(weekOfRules(rules), closedDays).flatMap((line) => {
    const dayOfWeek = line.days.map((day) => DAY_URLS[day]);
    if (line.ranges.length === 0) return [spec(CLOSED_DAY, { ...validity, dayOfWeek })];
    return line.ranges.map((range) => spec(range, { ...validity, dayOfWeek }, describe(range)));
  });
}

/** The schedule's hours as schema.org `OpeningHoursSpecification` objects. */
export function toSchemaOrgOpeningHours(
  schedule: ScheduleHours,
  options: SchemaOrgOptions = {},
): OpeningHoursSpecification[] {
  const validity = {
    ...(schedule.validFrom ? { validFrom: schedule.validFrom } : {}),
    ...(schedule.validTo ? { validThrough: schedule.validTo } : {}),
  };
  const specs = weekSpecs(schedule.rules, validity, "none");
  if (options.from === undefined || options.to === undefined) return specs;
  const validFrom = schedule.validFrom
    ? dayOfIsoDate(schedule.validFrom)
    : Number.NEGATIVE_INFINITY;
  const validTo = schedule.validTo ? dayOfIsoDate(schedule.validTo) : Number.POSITIVE_INFINITY;
  const fromDay = Math.max(dayOfIsoDate(options.from), validFrom);
  const toDay = Math.min(dayOfIsoDate(options.to), validTo);
  if (!(fromDay <= toDay)) return specs;
  const [firstYear] = civilFromDays(fromDay);
  const [lastYear] = civilFromDays(toDay);
  for (const season of schedule.seasons) {
    // Occurrences starting in the year before the window too, for seasons that wrap the year end.
    for (let year = firstYear - 1; year <= lastYear; year++) {
      const start = dayOfIsoDate(`${year}-${season.fromMonthDay}`);
      const wraps = season.toMonthDay < season.fromMonthDay;
      const end = dayOfIsoDate(`${wraps ? year + 1 : year}-${season.toMonthDay}`);
      if (Number.isNaN(start) || Number.isNaN(end)) continue;
      const first = Math.max(start, fromDay);
      const last = Math.min(end, toDay);
      if (first > last) continue;
      specs.push(
        ...weekSpecs(
          season.rules,
          { validFrom: isoDateOfDay(first), validThrough: isoDateOfDay(last) },
          "all",
        ),
      );
    }
  }
  const { closed, hours } = datedExceptions(schedule, fromDay, toDay);
  const dated = (day: number) => ({
    validFrom: isoDateOfDay(day),
    validThrough: isoDateOfDay(day),
  });
  if (schedule.closedOnHolidays) {
    const holidays = options.holidays ?? polishHolidayCalendar;
    for (let day = fromDay; day <= toDay; day++) {
      if (closed.has(day) || hours.has(day)) continue;
      const date = isoDateOfDay(day);
      if (holidays.has(date))
        specs.push(spec(CLOSED_DAY, dated(day), holidays.get?.(date) ?? "święto"));
      else if (options.closures?.has(date))
        specs.push(spec(CLOSED_DAY, dated(day), options.closures.get?.(date) ?? "dzień wolny"));
    }
  }
  for (const [day, ranges] of [...hours].sort(([a], [b]) => a - b)) {
    specs.push(...ranges.map((range) => spec(range, dated(day), describe(range))));
  }
  for (const [day, reason] of [...closed].sort(([a], [b]) => a - b))
    specs.push(spec(CLOSED_DAY, dated(day), reason));
  return specs;
}
