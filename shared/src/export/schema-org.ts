import { dayOfIsoDate, isoDateOfDay, weekdayIndex } from "../calendar/days.ts";
import { WEEKDAYS, type Weekday } from "../calendar/weekdays.ts";
import { type ClosedDays, groupWeek, weekOfRules } from "../format/hours.ts";
import { MODE_LABELS } from "../format/modes.ts";
import { dayHours } from "../hours/index.ts";
import type { DateLookup, DayHours, DayRange } from "../hours/types.ts";
import type { ScheduleHours, ScheduleRule } from "../schemas/schedule.ts";
import { type DaySpecial, dayKey, weeklyRuns } from "./weekly-runs.ts";

/**
 * schema.org opening hours (https://schema.org/OpeningHoursSpecification), plain JSON for JSON-LD,
 * of one or more schedules of one place, in two lists as schema.org reads them:
 * - `openingHoursSpecification`: the regular week of each schedule, one object per range and
 *   group of days, with the schedule's validity as `validFrom`/`validThrough`;
 * - `specialOpeningHoursSpecification`: every date in the window in a season or whose hours
 *   differ from what the regular week says (exceptions, public holidays and closures), with
 *   `validFrom`/`validThrough`. For a date they cover, these objects replace the regular week:
 *   the place is open when one of those matching the weekday (or without `dayOfWeek`) is open;
 *   `00:00`–`00:00` marks it closed.
 * A closing time of 24:00 is written `23:59`, schema.org's way of saying "until midnight".
 */
export type OpeningHoursSpecification = {
  "@type": "OpeningHoursSpecification";
  /** Days as schema.org URLs, e.g. `"https://schema.org/Monday"`. */
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

/** Both lists of a place's hours. */
export type SchemaOrgHours = {
  openingHoursSpecification: OpeningHoursSpecification[];
  specialOpeningHoursSpecification: OpeningHoursSpecification[];
};

/** Options of the schema.org export: the window of special dates and the calendars. */
export type SchemaOrgOptions = {
  /** First date of the window for special dates, `"YYYY-MM-DD"`. */
  from: string;
  /** Last date of the window, inclusive. */
  to: string;
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

const describeRange = (range: DayRange): string =>
  [MODE_LABELS[range.mode], range.note].filter(Boolean).join(", ");

const CLOSED_DAY = { opens: "00:00", closes: "00:00" };

function spec(
  range: Pick<DayRange, "opens" | "closes">,
  extra: Partial<OpeningHoursSpecification>,
  description = "",
): OpeningHoursSpecification {
  return {
    "@type": "OpeningHoursSpecification",
    ...(extra.dayOfWeek ? { dayOfWeek: extra.dayOfWeek } : {}),
    opens: range.opens,
    closes: range.closes === "24:00" ? "23:59" : range.closes,
    ...(extra.validFrom ? { validFrom: extra.validFrom } : {}),
    ...(extra.validThrough ? { validThrough: extra.validThrough } : {}),
    ...(description ? { description } : {}),
  };
}

function weekSpecs(
  rules: readonly ScheduleRule[],
  validity: Partial<OpeningHoursSpecification>,
  closedDays: ClosedDays,
): OpeningHoursSpecification[] {
  return groupWeek(weekOfRules(rules), closedDays).flatMap((line) => {
    const dayOfWeek = line.days.map((day) => DAY_URLS[day]);
    if (line.ranges.length === 0) return [spec(CLOSED_DAY, { ...validity, dayOfWeek })];
    return line.ranges.map((range) =>
      spec(range, { ...validity, dayOfWeek }, describeRange(range)),
    );
  });
}

/** A special date: its ranges (all schedules), and why it is closed when it has none. */
type Special = DaySpecial;

/** The ranges the regular week gives on a day, all schedules (within their validity). */
function regularRanges(schedules: readonly ScheduleHours[], day: number): DayRange[] {
  const weekday = WEEKDAYS[weekdayIndex(day)]!;
  const date = isoDateOfDay(day);
  return schedules.flatMap((schedule) => {
    if (schedule.validFrom && date < schedule.validFrom) return [];
    if (schedule.validTo && date > schedule.validTo) return [];
    return schedule.rules
      .filter((rule) => rule.days.includes(weekday))
      .map(({ days: _days, ...range }) => range);
  });
}

/** Each run of special days as one week of objects valid over the run. */
function specialSpecs(specials: ReadonlyMap<number, Special>): OpeningHoursSpecification[] {
  return weeklyRuns(specials).flatMap((run) => {
    const validity = { validFrom: isoDateOfDay(run.from), validThrough: isoDateOfDay(run.to) };
    return run.groups.flatMap(({ weekdays, day }) => {
      const extra =
        run.from === run.to
          ? validity
          : { ...validity, dayOfWeek: weekdays.map((w) => DAY_URLS[WEEKDAYS[w]!]) };
      if (day.ranges.length === 0) return [spec(CLOSED_DAY, extra, day.closedDetail)];
      return [...day.ranges]
        .sort((a, b) => a.opens.localeCompare(b.opens))
        .map((range) => spec(range, extra, describeRange(range)));
    });
  });
}

/**
 * The schema.org hours of the schedules of one place (an office, a department): the regular
 * weeks, and every date of `from`…`to` whose effective hours (by the hours engine) differ from
 * what the regular weeks give.
 */
export function toSchemaOrgHours(
  schedules: readonly ScheduleHours[],
  options: SchemaOrgOptions,
): SchemaOrgHours {
  const openingHoursSpecification = schedules.flatMap((schedule) =>
    weekSpecs(
      schedule.rules,
      {
        ...(schedule.validFrom ? { validFrom: schedule.validFrom } : {}),
        ...(schedule.validTo ? { validThrough: schedule.validTo } : {}),
      },
      "none",
    ),
  );
  const calendars = {
    ...(options.holidays ? { holidays: options.holidays } : {}),
    ...(options.closures ? { closures: options.closures } : {}),
  };
  const specials = new Map<number, Special>();
  const fromDay = dayOfIsoDate(options.from);
  const toDay = dayOfIsoDate(options.to);
  for (let day = fromDay; day <= toDay; day++) {
    const date = isoDateOfDay(day);
    const effective: DayHours[] = schedules.map((schedule) => dayHours(schedule, date, calendars));
    const ranges = effective.flatMap((hours) => hours.ranges);
    // Season days are all special (closed weekdays too), so a season stays one run.
    const inSeason = effective.some((hours) => hours.season !== undefined);
    if (!inSeason && dayKey(ranges) === dayKey(regularRanges(schedules, day))) continue;
    const closed = effective.find((hours) => hours.closed?.detail)?.closed;
    specials.set(
      day,
      ranges.length > 0 || !closed?.detail ? { ranges } : { ranges, closedDetail: closed.detail },
    );
  }
  return { openingHoursSpecification, specialOpeningHoursSpecification: specialSpecs(specials) };
}
