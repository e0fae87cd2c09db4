import { z } from "zod";
import { WEEKDAYS, type Weekday } from "../calendar/weekdays.ts";
import {
  closingTime,
  isoDate,
  MONTH_DAY_PATTERN,
  optional,
  optionalText,
  text,
  time,
} from "./fields.ts";

/**
 * The schedule in its domain shape, the shape the hours engine and the semantic checks
 * (`schedule-checks.ts`) read: rules carry `days: Weekday[]` and `"HH:MM"` times. The REST and
 * editor shapes in `schedule.ts` parse into it and run the checks.
 */

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

/** How residents are served during a range: `in_person` (default), `phone_only`, `by_appointment`, `priority`. */
export const scheduleModeSchema = z.enum(SCHEDULE_MODES);

/** A weekday code, `"mon"` … `"sun"`. */
export const weekdaySchema = z.enum(WEEKDAYS);

/** `"HH:MM"`, 24-hour, zero-padded (the domain form of a time); `"24:00"` ends a day. */
export const hhmmSchema = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/);

/** `schedule.rule` in the domain shape: one range of hours on a set of weekdays. */
export const ruleSchema = z.object({
  /** Weekdays the range applies to, e.g. `["mon", "tue", "thu", "fri"]`. */
  days: z.array(weekdaySchema),
  /** Opening time, `"HH:MM"`. */
  opens: hhmmSchema,
  /** Closing time, `"HH:MM"`, later than `opens` on the same day. */
  closes: hhmmSchema,
  /** How residents are served in this range. */
  mode: scheduleModeSchema.default("in_person"),
  /** Shown with the range, e.g. `"po uprzednim kontakcie telefonicznym z pracownikiem socjalnym"`. */
  note: optionalText(),
});
export type ScheduleRule = z.output<typeof ruleSchema>;

/** The fields of a season besides its rules (every shape has them). */
export const seasonFields = {
  /** Name shown to residents, e.g. `"lipiec – sierpień"`. */
  label: text(),
  /** First day of the season each year, `"MM-DD"`. */
  fromMonthDay: z.string().regex(MONTH_DAY_PATTERN),
  /** Last day of the season each year, `"MM-DD"`, inclusive; before `fromMonthDay` wraps the year end. */
  toMonthDay: z.string().regex(MONTH_DAY_PATTERN),
};

/** `schedule.season` in the domain shape: rules that replace the schedule's own rules every year between two month-days. */
export const seasonSchema = z.object({
  ...seasonFields,
  /** The season's rules (domain shape). */
  rules: z.array(ruleSchema).default([]),
});
export type ScheduleSeason = z.output<typeof seasonSchema>;

/** `schedule.exception`: other hours, or a closure, for a date or a range of dates. Same shape everywhere. */
export const exceptionSchema = z.object({
  /** First date, `"YYYY-MM-DD"`. */
  from: isoDate(),
  /** Last date, inclusive; missing means the same day as `from`. */
  to: optional(isoDate()),
  /** `true` closes the whole day(s); otherwise `opens`–`closes` replace the day's hours. */
  closed: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  /** Opening time when not closed. */
  opens: optional(time()),
  /** Closing time when not closed (`"00:00"` as stored by Strapi reads as `"24:00"`). */
  closes: optional(closingTime()),
  /** Mode of the replacement range; missing reads as `in_person`. */
  mode: optional(scheduleModeSchema),
  /** Why, shown to residents, e.g. `"dzień wolny za święto 15 sierpnia"`. */
  reason: text(),
});
export type ScheduleException = z.output<typeof exceptionSchema>;

/** When a schedule applies, and whether holidays close it (every shape has them). */
export const validityFields = {
  /** First date the schedule applies, inclusive; missing means always. */
  validFrom: optional(isoDate()),
  /** Last date the schedule applies, inclusive; missing means open-ended. */
  validTo: optional(isoDate()),
  /** Closed on Polish public holidays and editor-entered closures (default `true`). */
  closedOnHolidays: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
};

/** Everything the hours engine needs from a schedule, in the domain shape. */
export const scheduleHoursObject = z.object({
  /** Weekly rules that apply outside seasons. */
  rules: z.array(ruleSchema).default([]),
  /** Yearly seasons with their own rules. */
  seasons: z.array(seasonSchema).default([]),
  ...validityFields,
  /** Date-specific closures and other hours. */
  exceptions: z.array(exceptionSchema).default([]),
});
export type ScheduleHours = z.output<typeof scheduleHoursObject>;
