/** Weekday codes in the order Polish calendars use (Monday first). */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A weekday code, `"mon"` … `"sun"`. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Runs of consecutive days, first and last of each, in week order:
 * `["fri", "mon", "tue"]` → `[["mon", "tue"], ["fri", "fri"]]`. */
export function weekdayRuns(days: readonly Weekday[]): [Weekday, Weekday][] {
  const indexes = [...new Set(days.map((day) => WEEKDAYS.indexOf(day)))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const index of indexes) {
    const last = runs.at(-1);
    if (last && last[1] === index - 1) last[1] = index;
    else runs.push([index, index]);
  }
  return runs.map(([from, to]) => [WEEKDAYS[from]!, WEEKDAYS[to]!]);
}

/** The boolean fields of a Strapi `schedule.rule`, in weekday order, mapped to their codes. */
export const WEEKDAY_FIELDS = {
  monday: "mon",
  tuesday: "tue",
  wednesday: "wed",
  thursday: "thu",
  friday: "fri",
  saturday: "sat",
  sunday: "sun",
} as const satisfies Record<string, Weekday>;

/** A Strapi weekday field name, `"monday"` … `"sunday"`. */
export type WeekdayField = keyof typeof WEEKDAY_FIELDS;

/** Modes of a range of hours, as stored in `schedule.rule.mode`. */
export const SCHEDULE_MODES = ["in_person", "phone_only", "by_appointment", "priority"] as const;

/** How residents are served during a range of hours. */
export type ScheduleMode = (typeof SCHEDULE_MODES)[number];
