/** Weekday codes in the order Polish calendars use (Monday first). */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A weekday code, `"mon"` … `"sun"`. */
export type Weekday = (typeof WEEKDAYS)[number];

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
