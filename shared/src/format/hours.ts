import { formatTime } from "../calendar/clock.ts";
import { WEEKDAY_NAMES } from "../calendar/weekday-names.ts";
import { WEEKDAYS, type Weekday, weekdayRuns } from "../calendar/weekdays.ts";
import type { DayHours, DayRange } from "../hours/types.ts";
import type { ScheduleException, ScheduleHours, ScheduleRule } from "../schemas/schedule.ts";
import { formatDateRange } from "./date.ts";
import { MODE_LABELS } from "./modes.ts";

/**
 * Weekly hours the way Polish offices write them: days with identical hours grouped,
 * consecutive days as ranges ("poniedziałek – wtorek, czwartek – piątek: 10:00–14:00"), split
 * hours joined with "i", modes and notes in brackets after their range.
 */

/** The word for a closed day. */
export const CLOSED = "nieczynne";

/**
 * Which closed days get a line of their own:
 * - `between` (default): closed days between the first and the last open day of the week, so
 *   Kutno's Wednesday shows and closed weekends (or Pruszków's trailing Thursday–Friday) do not;
 * - `weekdays`: every closed day Monday–Friday, and weekend days between open days;
 * - `all`: every closed day; `none`: no closed days.
 */
export type ClosedDays = "between" | "weekdays" | "all" | "none";

/** One line of grouped hours. */
export type HoursLine = {
  /** The days of the line, Monday first. */
  days: Weekday[];
  /** Polish day names, e.g. `"poniedziałek – wtorek, czwartek – piątek"`. */
  dayLabel: string;
  /** The hours, e.g. `"9:00–11:00 i 13:00–14:00"`, or `"nieczynne"`. */
  hours: string;
  /** The ranges of each of the days (empty when closed). */
  ranges: DayRange[];
  /** `dayLabel: hours`. */
  text: string;
};

/** A week's ranges by weekday. */
export type WeekRanges = Readonly<Record<Weekday, readonly DayRange[]>>;

const annotation = (range: DayRange): string =>
  [MODE_LABELS[range.mode], range.note].filter(Boolean).join(", ");

const joinPolish = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} i ${items.at(-1)}`;

/**
 * One day's ranges: `"9:00–11:00 i 13:00–14:00"`, with the mode and note in brackets, once at the
 * end when all ranges share them, else after each range: `"7:00–10:00 (pierwszeństwo dla
 * umówionych) i 10:00–15:00"`. No ranges reads `"nieczynne"`.
 */
export function formatRanges(ranges: readonly DayRange[]): string {
  if (ranges.length === 0) return CLOSED;
  const spans = ranges.map((r) => `${formatTime(r.opens)}–${formatTime(r.closes)}`);
  const notes = ranges.map(annotation);
  if (notes.every((note) => note === notes[0])) {
    return notes[0] ? `${joinPolish(spans)} (${notes[0]})` : joinPolish(spans);
  }
  return joinPolish(spans.map((span, i) => (notes[i] ? `${span} (${notes[i]})` : span)));
}

/** Polish names of a set of days, consecutive runs as ranges: `"poniedziałek – wtorek, piątek"`. */
export function formatDayList(days: readonly Weekday[]): string {
  return weekdayRuns(days)
    .map(([from, to]) =>
      from === to ? WEEKDAY_NAMES[from] : `${WEEKDAY_NAMES[from]} – ${WEEKDAY_NAMES[to]}`,
    )
    .join(", ");
}

const rangesKey = (ranges: readonly DayRange[]): string =>
  ranges.map((r) => `${r.opens}-${r.closes}-${r.mode}-${r.note ?? ""}`).join("|");

function showClosed(index: number, first: number, last: number, closedDays: ClosedDays): boolean {
  const between = index > first && index < last;
  const rules: Record<ClosedDays, boolean> = {
    between,
    weekdays: between || index < 5,
    all: true,
    none: false,
  };
  return rules[closedDays];
}

/** Groups a week's ranges into lines, ordered by their first day. */
export function groupWeek(week: WeekRanges, closedDays: ClosedDays = "between"): HoursLine[] {
  const open = WEEKDAYS.map((day, index) => (week[day].length > 0 ? index : -1)).filter(
    (i) => i >= 0,
  );
  const first = open[0] ?? 7;
  const last = open.at(-1) ?? -1;
  const groups = new Map<string, { days: Weekday[]; ranges: DayRange[] }>();
  WEEKDAYS.forEach((day, index) => {
    const ranges = [...week[day]].sort((a, b) => a.opens.localeCompare(b.opens));
    if (ranges.length === 0 && !showClosed(index, first, last, closedDays)) return;
    const key = rangesKey(ranges);
    const group = groups.get(key);
    if (group) group.days.push(day);
    else groups.set(key, { days: [day], ranges });
  });
  return [...groups.values()].map(({ days, ranges }) => {
    const dayLabel = formatDayList(days);
    const hours = formatRanges(ranges);
    return { days, dayLabel, hours, ranges, text: `${dayLabel}: ${hours}` };
  });
}

/** A week's ranges from rules. */
export function weekOfRules(rules: readonly ScheduleRule[]): WeekRanges {
  const week = Object.fromEntries(WEEKDAYS.map((day) => [day, [] as DayRange[]])) as Record<
    Weekday,
    DayRange[]
  >;
  for (const { days, ...range } of rules) {
    for (const day of days) week[day].push(range);
  }
  return week;
}

/** Rules grouped into lines, e.g. Kutno: `["poniedziałek – wtorek, czwartek – piątek: 10:00–14:00", "środa: nieczynne"]`. */
export function formatRules(
  rules: readonly ScheduleRule[],
  closedDays: ClosedDays = "between",
): HoursLine[] {
  return groupWeek(weekOfRules(rules), closedDays);
}

/** The effective hours of a week (from `effectiveWeek`) grouped into lines; closed days always shown with "nieczynne". */
export function formatEffectiveWeek(
  days: readonly DayHours[],
  closedDays: ClosedDays = "all",
): HoursLine[] {
  const week = Object.fromEntries(WEEKDAYS.map((day) => [day, [] as DayRange[]])) as Record<
    Weekday,
    DayRange[]
  >;
  for (const day of days) week[day.weekday] = day.ranges;
  return groupWeek(week, closedDays);
}

/** A section of a schedule's hours: the regular week, or one season. */
export type HoursSection = {
  /** Season label (e.g. `"lipiec – sierpień"`); missing for the regular hours. */
  season?: string;
  lines: HoursLine[];
};

/** A schedule's regular hours and each season's, grouped into lines. */
export function formatSchedule(
  schedule: ScheduleHours,
  closedDays: ClosedDays = "between",
): HoursSection[] {
  const sections: HoursSection[] = [];
  if (schedule.rules.length > 0) sections.push({ lines: formatRules(schedule.rules, closedDays) });
  for (const season of schedule.seasons) {
    sections.push({ season: season.label, lines: formatRules(season.rules, closedDays) });
  }
  return sections;
}

/** When a schedule applies: `"od 1 lipca 2020"`, `"do 31 grudnia 2020"`, or `""` when always. */
export function formatValidity(schedule: Pick<ScheduleHours, "validFrom" | "validTo">): string {
  return formatDateRange(schedule.validFrom, schedule.validTo);
}

/** A dated exception as one line: "24 grudnia 2026: nieczynne (urlop)". */
export function formatException(
  exception: Pick<
    ScheduleException,
    "from" | "to" | "closed" | "opens" | "closes" | "mode" | "reason"
  >,
): string {
  const when = formatDateRange(exception.from, exception.to ?? exception.from);
  const hours =
    exception.closed || !exception.opens || !exception.closes
      ? CLOSED
      : formatRanges([
          { opens: exception.opens, closes: exception.closes, mode: exception.mode ?? "in_person" },
        ]);
  return `${when}: ${hours} (${exception.reason})`;
}
