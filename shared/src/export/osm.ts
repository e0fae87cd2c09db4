import { civilFromDays, dayOfIsoDate, daysInMonth } from "../calendar/days.ts";
import { type Weekday, weekdayRuns } from "../calendar/weekdays.ts";
import { type ClosedDays, groupWeek, type HoursLine, weekOfRules } from "../format/hours.ts";
import { MODE_LABELS } from "../format/modes.ts";
import type { DayRange } from "../hours/types.ts";
import type { ScheduleHours, ScheduleSeason } from "../schemas/schedule.ts";
import { datedExceptions, rangesKey } from "./dated-exceptions.ts";

/**
 * OpenStreetMap `opening_hours` (https://wiki.openstreetmap.org/wiki/Key:opening_hours), e.g.
 * `Mo-Tu,Th-Fr 10:00-14:00; We off; PH off`. Every mode is open; modes and notes become
 * comments after an explicit `open` (a bare comment would read as "unknown"). Rule order carries the schedule semantics (later rules override earlier ones):
 * regular week; each season (`Jul-Aug off; Jul-Aug Mo,We,Fr 09:00-13:00 open "tylko telefonicznie"`);
 * `PH off` and editor closures; exceptions (other hours, then closed); validity (`2021+ off`).
 * With `from` (the build day), nothing dated before it is written, so no rule names a past year.
 */

const OSM_DAYS: Readonly<Record<Weekday, string>> = {
  mon: "Mo",
  tue: "Tu",
  wed: "We",
  thu: "Th",
  fri: "Fr",
  sat: "Sa",
  sun: "Su",
};

const OSM_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** Options of the OSM export. */
export type OsmOptions = {
  /** Dated items (exceptions, closures) ending before this date `"YYYY-MM-DD"` are left out. */
  from?: string;
  /** Editor-entered closures of the office (date → reason), written as dated `off` rules. */
  closures?: ReadonlyMap<string, string>;
  /** Closed days written as `off` (default `between`: like the printed hours). */
  closedDays?: ClosedDays;
};

const pad = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** OSM comments may not contain double quotes. */
const comment = (text: string): string => (text ? ` "${text.replace(/"/g, "'")}"` : "");

/** Times with a comment need an explicit `open`: a bare comment means "unknown" in OSM. */
const openComment = (text: string): string => (text ? ` open${comment(text)}` : "");

const annotation = (range: DayRange): string =>
  [MODE_LABELS[range.mode], range.note].filter(Boolean).join(", ");

/** `"Mo-Tu,Th-Fr"`: runs of two or more consecutive days as ranges. */
export function osmDays(days: readonly Weekday[]): string {
  return weekdayRuns(days)
    .map(([from, to]) => (from === to ? OSM_DAYS[from] : `${OSM_DAYS[from]}-${OSM_DAYS[to]}`))
    .join(",");
}

/**
 * The rules for one selector and its ranges: one rule when all ranges share their comment
 * (`Mo-Fr 09:00-11:00,13:00-14:00 "…"`), else additional rules joined with `, `.
 */
function rangeRules(selector: string, ranges: readonly DayRange[]): string {
  const spans = ranges.map((r) => `${r.opens}-${r.closes}`);
  const notes = ranges.map(annotation);
  if (notes.every((note) => note === notes[0]))
    return `${selector} ${spans.join(",")}${openComment(notes[0]!)}`;
  return ranges.map((_, i) => `${selector} ${spans[i]}${openComment(notes[i]!)}`).join(", ");
}

function weekRules(lines: readonly HoursLine[], prefix: string, withOff: boolean): string[] {
  return lines
    .filter((line) => line.ranges.length > 0 || withOff)
    .map((line) => {
      const selector = `${prefix}${osmDays(line.days)}`;
      return line.ranges.length === 0 ? `${selector} off` : rangeRules(selector, line.ranges);
    });
}

/**
 * `"Jul-Aug"` for whole months, else `"Jul 01-Aug 15"`. A season that wraps the year end within
 * one month (`"11-15"`…`"11-14"`) is split in two ranges, which evaluators read reliably.
 */
function seasonSelector(season: ScheduleSeason): string {
  const [fromMonth, fromDay] = season.fromMonthDay.split("-").map(Number) as [number, number];
  const [toMonth, toDay] = season.toMonthDay.split("-").map(Number) as [number, number];
  const from = OSM_MONTHS[fromMonth - 1]!;
  const to = OSM_MONTHS[toMonth - 1]!;
  if (fromMonth === toMonth && fromDay > toDay)
    return `Jan 01-${to} ${pad(toDay)},${from} ${pad(fromDay)}-Dec 31`;
  if (fromDay === 1 && toDay === daysInMonth(2000, toMonth))
    return from === to ? from : `${from}-${to}`;
  return `${from} ${pad(fromDay)}-${to} ${pad(toDay)}`;
}

/** `"2025 Dec 31"` of a day number. */
function osmDate(day: number): string {
  const [year, month, date] = civilFromDays(day);
  return `${year} ${OSM_MONTHS[month - 1]} ${pad(date)}`;
}

/** Consecutive days with the same value as `[first, last, value]` runs. */
function runsOf<T>(
  byDay: ReadonlyMap<number, T>,
  key: (value: T) => string,
): [number, number, T][] {
  const runs: [number, number, T][] = [];
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const value = byDay.get(day)!;
    const last = runs.at(-1);
    if (last && last[1] === day - 1 && key(last[2]) === key(value)) last[1] = day;
    else runs.push([day, day, value]);
  }
  return runs;
}

const dateSelector = (first: number, last: number): string =>
  first === last ? osmDate(first) : `${osmDate(first)}-${osmDate(last)}`;

/**
 * Rules that close everything outside `validFrom`…`validTo`. With `fromDay` (the export's first
 * day), nothing before it is written: no past years, which evaluators warn about.
 */
function validityRules(schedule: ScheduleHours, fromDay: number): string[] {
  const rules: string[] = [];
  if (schedule.validFrom) {
    const from = dayOfIsoDate(schedule.validFrom);
    const [year, month, date] = civilFromDays(from);
    if (from > fromDay) {
      const firstYear = Number.isFinite(fromDay) ? civilFromDays(fromDay)[0] : 1970;
      if (year > firstYear)
        rules.push(year - 1 > firstYear ? `${firstYear}-${year - 1} off` : `${firstYear} off`);
      if (month !== 1 || date !== 1) rules.push(`${year} Jan 01-${osmDate(from - 1)} off`);
    }
  }
  if (schedule.validTo) {
    const to = dayOfIsoDate(schedule.validTo);
    const [year, month, date] = civilFromDays(to);
    if (month !== 12 || date !== 31) rules.push(`${osmDate(to + 1)}-${year} Dec 31 off`);
    rules.push(`${year + 1}+ off`);
  }
  return rules;
}

/** The schedule as an OSM `opening_hours` value. */
export function toOsmOpeningHours(schedule: ScheduleHours, options: OsmOptions = {}): string {
  const fromDay = options.from ? dayOfIsoDate(options.from) : Number.NEGATIVE_INFINITY;
  // A schedule that ended before the export's first day is closed from then on.
  if (schedule.validTo && dayOfIsoDate(schedule.validTo) < fromDay) return "off";
  const closedDays = options.closedDays ?? "between";
  const rules = weekRules(groupWeek(weekOfRules(schedule.rules), closedDays), "", true);
  for (const season of schedule.seasons) {
    const selector = seasonSelector(season);
    rules.push(
      `${selector} off`,
      ...weekRules(groupWeek(weekOfRules(season.rules), "none"), `${selector} `, false),
    );
  }
  if (schedule.closedOnHolidays) {
    rules.push("PH off");
    const closures = new Map<number, string>();
    for (const [date, reason] of options.closures ?? []) {
      const day = dayOfIsoDate(date);
      if (day >= fromDay) closures.set(day, reason);
    }
    for (const [first, last, reason] of runsOf(closures, (r) => r))
      rules.push(`${dateSelector(first, last)} off${comment(reason)}`);
  }
  const { closed, hours } = datedExceptions(schedule, fromDay, Number.POSITIVE_INFINITY);
  for (const [first, last, ranges] of runsOf(hours, rangesKey))
    rules.push(rangeRules(dateSelector(first, last), ranges));
  for (const [first, last, reason] of runsOf(closed, (r) => r))
    rules.push(`${dateSelector(first, last)} off${comment(reason)}`);
  rules.push(...validityRules(schedule, fromDay));
  return rules.length > 0 ? rules.join("; ") : "off";
}
