import { z } from "zod";
import type { Weekday } from "../calendar/weekdays.ts";
import {
  departmentRefSchema,
  documentFields,
  officeRefSchema,
  programmeRefSchema,
} from "./document.ts";
import { pathSegments } from "./errors.ts";
import { closingTime, list, optional, optionalText, text, time } from "./fields.ts";
import { scheduleProblems } from "./schedule-checks.ts";
import {
  exceptionSchema,
  ruleSchema,
  type ScheduleHours,
  scheduleHoursObject,
  scheduleModeSchema,
  seasonFields,
  validityFields,
  WEEKDAY_FIELDS,
} from "./schedule-shape.ts";
import { hoursTranslationsSchema, translateHours } from "./schedule-texts.ts";

export {
  exceptionSchema,
  hhmmSchema,
  ruleSchema,
  SCHEDULE_MODES,
  type ScheduleException,
  type ScheduleHours,
  type ScheduleMode,
  type ScheduleRule,
  type ScheduleSeason,
  scheduleModeSchema,
  seasonSchema,
  WEEKDAY_FIELDS,
  type WeekdayField,
  weekdaySchema,
} from "./schedule-shape.ts";
export {
  type HoursTranslations,
  hoursTextsOf,
  hoursTranslationsBetween,
  hoursTranslationsSchema,
  translateHours,
  translateHoursText,
} from "./schedule-texts.ts";

/**
 * Schedules in three shapes that all parse to one domain shape:
 * - domain (`ruleSchema`, `scheduleHoursSchema`): rules carry `days: Weekday[]`, times `"HH:MM"`;
 * - Strapi REST (`scheduleSchema`): rules carry seven weekday booleans, times `"09:00:00.000"`;
 * - editor/fixture input (`scheduleInputSchema`): weekday booleans (or `days`), `"HH:MM"` or
 *   `"HH:MM:SS.mmm"` times; unknown keys in a rule are reported as unknown days.
 * Every shape runs the same semantic checks (`scheduleProblems`), so a schedule that parses can
 * be evaluated without guessing.
 */

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
    /** Closing time (`"00:00"` is midnight at the end of the day, `"24:00"`). */
    closes: closingTime(),
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
    closes: closingTime(),
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

/** `schedule.season` as Strapi REST returns it. */
export const strapiSeasonSchema = z.object({ ...seasonFields, rules: list(strapiRuleSchema) });

/** `schedule.season` as editors and fixtures write it. */
export const seasonInputSchema = z.object({
  ...seasonFields,
  rules: list(ruleInputSchema)
    .optional()
    .transform((rules) => rules ?? []),
});

export const scheduleHoursSchema = scheduleHoursObject.superRefine(
  addScheduleIssues,
  onlyWhenWellFormed,
);

/** The highest `homeOrder` an editor may give. */
export const HOME_ORDER_MAX = 99;

const homeOrderField = {
  /**
   * Place on the home page, 1 first (the office's main reception); schedules without it follow
   * those with it, in their usual order.
   */
  homeOrder: optional(z.number().int().min(1).max(HOME_ORDER_MAX)),
};

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
    ...homeOrderField,
  })
  .superRefine(addScheduleIssues, onlyWhenWellFormed);
export type ScheduleInput = z.input<typeof scheduleInputSchema>;

/**
 * A `schedule` document as Strapi 5 REST returns it (populate `rules`, `seasons.rules`, `exceptions`
 * and the relations), in the document's language: the hours are one copy for every language and
 * their texts (notes, reasons, season labels) come from `hoursTranslations` where translated,
 * Polish otherwise (see schedule-texts.ts).
 */
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
    ...homeOrderField,
    /** The hours' texts in this language, keyed by the Polish text; empty in Polish. */
    hoursTranslations: hoursTranslationsSchema,
  })
  .superRefine(addScheduleIssues, onlyWhenWellFormed)
  .transform(({ hoursTranslations, ...schedule }) => translateHours(schedule, hoursTranslations));
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
