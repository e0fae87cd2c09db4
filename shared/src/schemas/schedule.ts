import { z } from "zod";
import { SCHEDULE_MODES, WEEKDAY_FIELDS, WEEKDAYS, type Weekday } from "../hours/week.ts";
import { pathSegments } from "../rules/errors.ts";
import { scheduleProblems } from "../rules/schedule-checks.ts";
import {
  departmentRefSchema,
  documentFields,
  officeRefSchema,
  programmeRefSchema,
} from "./document.ts";
import { isoDate, list, MONTH_DAY_PATTERN, optional, optionalText, text, time } from "./fields.ts";

/**
 * Schedules in three shapes that all parse to one domain shape:
 * - domain (`ruleSchema`, `scheduleHoursSchema`): rules carry `days: Weekday[]`, times `"HH:MM"`;
 * - Strapi REST (`scheduleSchema`): rules carry seven weekday booleans, times `"09:00:00.000"`;
 * - editor/fixture input (`scheduleInputSchema`): weekday booleans (or `days`), `"HH:MM"` or
 *   `"HH:MM:SS.mmm"` times; unknown keys in a rule are reported as unknown days.
 * Every shape runs the same semantic checks (`scheduleProblems`), so a schedule that parses can
 * be evaluated without guessing.
 */

/** How residents are served during a range: `in_person` (default), `phone_only`, `by_appointment`, `priority`. */
export const scheduleModeSchema = z.enum(SCHEDULE_MODES);

/** A weekday code, `"mon"` … `"sun"`. */
export const weekdaySchema = z.enum(WEEKDAYS);

/** `"HH:MM"`, 24-hour, zero-padded (the domain form of a time). */
export const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

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

/** Semantic checks run only on a structurally valid schedule (zod 4 runs refinements otherwise too). */
const onlyWhenWellFormed = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};

type RuleInput = z.input<typeof ruleSchema>;

const flag = () =>
  z
    .boolean()
    .nullish()
    .transform((value) => value ?? false);

const booleanRuleFields = {
  /** Applies on Mondays. */
  monday: flag(),
  /** Applies on Tuesdays. */
  tuesday: flag(),
  /** Applies on Wednesdays. */
  wednesday: flag(),
  /** Applies on Thursdays. */
  thursday: flag(),
  /** Applies on Fridays. */
  friday: flag(),
  /** Applies on Saturdays. */
  saturday: flag(),
  /** Applies on Sundays. */
  sunday: flag(),
};

type BooleanRule = { [K in keyof typeof WEEKDAY_FIELDS]?: boolean };

function daysFromFlags(rule: BooleanRule): Weekday[] {
  const days: Weekday[] = [];
  for (const [field, day] of Object.entries(WEEKDAY_FIELDS)) {
    if (rule[field as keyof BooleanRule]) days.push(day);
  }
  return days;
}

/** `schedule.rule` as Strapi REST returns it (weekday booleans, `"09:00:00.000"`), output in the domain shape. */
export const strapiRuleSchema = z
  .object({
    ...booleanRuleFields,
    /** Opening time. */
    opens: time(),
    /** Closing time. */
    closes: time(),
    /** Mode; `null` reads as `in_person`. */
    mode: scheduleModeSchema.nullish(),
    /** Note shown with the range. */
    note: z.string().nullish(),
  })
  .transform(
    (rule): RuleInput => ({
      days: daysFromFlags(rule),
      opens: rule.opens,
      closes: rule.closes,
      mode: rule.mode ?? "in_person",
      note: rule.note ?? undefined,
    }),
  )
  .pipe(ruleSchema);

const RULE_INPUT_KEYS = new Set([
  "id",
  "days",
  "opens",
  "closes",
  "mode",
  "note",
  ...Object.keys(WEEKDAY_FIELDS),
]);

/**
 * `schedule.rule` as editors and fixtures write it: weekday booleans or `days`, times `"HH:MM"`
 * or `"HH:MM:SS.mmm"`. Any other key (e.g. a misspelt `"wednsday"`) is an unknown day.
 */
export const ruleInputSchema = z
  .looseObject({
    ...booleanRuleFields,
    /** Weekday codes; an alternative to the booleans. */
    days: z.array(z.string()).optional(),
    opens: time(),
    closes: time(),
    mode: scheduleModeSchema.nullish(),
    note: z.string().nullish(),
  })
  .superRefine((rule, ctx) => {
    for (const key of Object.keys(rule)) {
      if (!RULE_INPUT_KEYS.has(key) && !key.startsWith("__")) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `unknown day "${key}"`,
          params: { kind: "unknown_day", day: key },
        });
      }
    }
  })
  .transform(
    (rule): RuleInput => ({
      // Unchecked strings: the pipe into `ruleSchema` reports unknown ones.
      days: [...(rule.days ?? []), ...daysFromFlags(rule)] as Weekday[],
      opens: rule.opens,
      closes: rule.closes,
      mode: rule.mode ?? "in_person",
      note: rule.note ?? undefined,
    }),
  )
  .pipe(ruleSchema);

const seasonFields = {
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

/** `schedule.season` as Strapi REST returns it. */
export const strapiSeasonSchema = z.object({ ...seasonFields, rules: list(strapiRuleSchema) });

/** `schedule.season` as editors and fixtures write it. */
export const seasonInputSchema = z.object({
  ...seasonFields,
  rules: list(ruleInputSchema)
    .optional()
    .transform((rules) => rules ?? []),
});

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
  /** Closing time when not closed. */
  closes: optional(time()),
  /** Mode of the replacement range; missing reads as `in_person`. */
  mode: optional(scheduleModeSchema),
  /** Why, shown to residents, e.g. `"dzień wolny za święto 15 sierpnia"`. */
  reason: text(),
});
export type ScheduleException = z.output<typeof exceptionSchema>;

const validityFields = {
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
const scheduleHoursObject = z.object({
  /** Weekly rules that apply outside seasons. */
  rules: z.array(ruleSchema).default([]),
  /** Yearly seasons with their own rules. */
  seasons: z.array(seasonSchema).default([]),
  ...validityFields,
  /** Date-specific closures and other hours. */
  exceptions: z.array(exceptionSchema).default([]),
});
export type ScheduleHours = z.output<typeof scheduleHoursObject>;
export const scheduleHoursSchema = scheduleHoursObject.superRefine(
  addScheduleIssues,
  onlyWhenWellFormed,
);

/**
 * A schedule as editors and fixtures write it (weekday booleans, short or long times). Relations
 * (`office`, `department`, `programme`) are not part of it and are dropped; missing lists read as empty.
 */
export const scheduleInputSchema = z
  .object({
    /** Heading, e.g. `"Przyjęcia interesantów"`, `"Dyżur prawnika"`. */
    label: optionalText(),
    rules: list(ruleInputSchema)
      .optional()
      .transform((rules) => rules ?? []),
    seasons: list(seasonInputSchema)
      .optional()
      .transform((seasons) => seasons ?? []),
    ...validityFields,
    exceptions: list(exceptionSchema)
      .optional()
      .transform((exceptions) => exceptions ?? []),
    /** Free text shown under the hours. */
    note: optionalText(),
  })
  .superRefine(addScheduleIssues, onlyWhenWellFormed);
export type ScheduleInput = z.input<typeof scheduleInputSchema>;

/** A `schedule` document as Strapi 5 REST returns it (populate `rules`, `seasons.rules`, `exceptions` and the relations). */
export const scheduleSchema = z
  .object({
    ...documentFields,
    /** Owning office. */
    office: optional(officeRefSchema),
    /** Department whose hours these are; missing with `programme` means the office's general hours. */
    department: optional(departmentRefSchema),
    /** Programme whose hours these are (e.g. a hotline). */
    programme: optional(programmeRefSchema),
    /** Heading, e.g. `"Przyjęcia interesantów"`, `"Dyżur prawnika"`. */
    label: text(),
    /** Weekly rules that apply outside seasons. */
    rules: list(strapiRuleSchema),
    /** Yearly seasons with their own rules. */
    seasons: list(strapiSeasonSchema),
    ...validityFields,
    /** Date-specific closures and other hours. */
    exceptions: list(exceptionSchema),
    /** Free text shown under the hours, e.g. `"czwartek – piątek: dzień wewnętrzny"`. */
    note: optionalText(),
  })
  .superRefine(addScheduleIssues, onlyWhenWellFormed);
export type Schedule = z.output<typeof scheduleSchema>;

function addScheduleIssues(hours: ScheduleHours, ctx: z.RefinementCtx): void {
  for (const problem of scheduleProblems(hours)) {
    ctx.addIssue({
      code: "custom",
      path: pathSegments(problem.path),
      message: problem.message,
      params: { detail: problem.detail },
    });
  }
}
