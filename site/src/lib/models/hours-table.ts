// A schedule's regular week as a table residents read: one row per weekday, the day's ranges in
// one cell ("9:00–11:00 i 13:00–14:00"), modes and notes beside them, and one table more per
// seasonal variant. Times come formatted by @mops/shared; nothing here computes dates.
import { type Schedule, type ScheduleMode, type ScheduleRule, WEEKDAYS } from "@mops/shared";
import { formatTime } from "@mops/shared/format/time";
import { WEEKDAY_NAMES } from "@mops/shared/format/weekday-names";

/** How residents read a mode (docs/content-model.md); in person is the default and says nothing. */
export const MODE_LABELS: Readonly<Record<ScheduleMode, string | undefined>> = {
  in_person: undefined,
  phone_only: "tylko telefonicznie",
  by_appointment: "po wcześniejszym umówieniu",
  priority: "pierwszeństwo dla umówionych",
};

export const CLOSED_TEXT = "nieczynne";

export interface HoursRow {
  day: string;
  hours: string;
  remarks: string[];
}

export interface HoursVariant {
  /** Missing for the regular week of a schedule without seasons. */
  label?: string;
  rows: HoursRow[];
}

export interface HoursTableView {
  id: string;
  caption: string;
  variants: HoursVariant[];
  notes: string[];
}

/** "a", "a i b", "a, b i c". */
export function joinPolish(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} i ${items.at(-1)}`;
}

export function rangeText(range: Pick<ScheduleRule, "opens" | "closes">): string {
  return `${formatTime(range.opens)}–${formatTime(range.closes)}`;
}

function rangeRemarks(range: Pick<ScheduleRule, "mode" | "note">): string[] {
  return [MODE_LABELS[range.mode], range.note].filter((text): text is string => Boolean(text));
}

/** The hours and remarks of one day's ranges, sorted by opening time. */
export function dayRow(
  day: string,
  ranges: ReadonlyArray<Pick<ScheduleRule, "opens" | "closes" | "mode" | "note">>,
): HoursRow {
  if (ranges.length === 0) return { day, hours: CLOSED_TEXT, remarks: [] };
  const sorted = [...ranges].sort((a, b) => a.opens.localeCompare(b.opens));
  const perRange = sorted.map((range) => rangeRemarks(range).join(", "));
  const shared = perRange.every((remark) => remark === perRange[0]);
  const remarks = shared
    ? perRange[0]
      ? [perRange[0]]
      : []
    : sorted.flatMap((range, index) =>
        perRange[index] ? [`${rangeText(range)}: ${perRange[index]}`] : [],
      );
  return { day, hours: joinPolish(sorted.map(rangeText)), remarks };
}

export function weekRows(rules: readonly ScheduleRule[]): HoursRow[] {
  return WEEKDAYS.map((weekday) =>
    dayRow(
      WEEKDAY_NAMES[weekday],
      rules.filter((rule) => rule.days.includes(weekday)),
    ),
  );
}

export function hoursTable(schedule: Schedule, caption: string): HoursTableView {
  const seasons = schedule.seasons.map((season) => ({
    label: season.label,
    rows: weekRows(season.rules),
  }));
  const regular: HoursVariant =
    seasons.length > 0
      ? { label: "w pozostałym okresie", rows: weekRows(schedule.rules) }
      : { rows: weekRows(schedule.rules) };
  const notes = [
    ...(schedule.note ? [schedule.note] : []),
    ...(schedule.closedOnHolidays ? ["W dni ustawowo wolne od pracy nieczynne."] : []),
  ];
  return {
    id: `godziny-${schedule.documentId}`.toLowerCase(),
    caption,
    variants: [...seasons, regular],
    notes,
  };
}
