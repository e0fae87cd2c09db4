import { z } from "zod";
import {
  emailSchema,
  fundingSchema,
  incomeThresholdSchema,
  linkSchema,
  phoneSchema,
} from "./components.ts";
import { departmentRefSchema, documentFields, officeRefSchema } from "./document.ts";
import { isoDate, list, optional, optionalText, slug, text } from "./fields.ts";

/**
 * A `programme` document (a benefit, a project, an action) as Strapi 5 REST returns it. Populate
 * `incomeThresholds`, `phones`, `emails`, `funding`, `links`, `department` and `office`.
 */
export const programmeSchema = z.object({
  ...documentFields,
  /** Owning office. */
  office: optional(officeRefSchema),
  /** Title, e.g. `"Wspieraj Seniora"`. */
  title: text(),
  /** Slug, unique within the office. */
  slug: slug(),
  /** One or two sentences shown in lists. */
  summary: text(),
  /** Markdown description. */
  body: optionalText(),
  /** Who it is for, e.g. `"seniorzy powyżej 70 roku życia"`. */
  audience: optionalText(),
  /** Markdown eligibility conditions. */
  eligibility: optionalText(),
  /** Minimum age in years. */
  minimumAge: optional(z.number().int().nonnegative()),
  /** Income thresholds to qualify. */
  incomeThresholds: list(incomeThresholdSchema),
  /** Markdown: how to apply. */
  howToApply: optionalText(),
  /** Phones for the programme (e.g. a hotline). */
  phones: list(phoneSchema),
  /** E-mail addresses for the programme. */
  emails: list(emailSchema),
  /** First day of the programme. */
  startsOn: optional(isoDate()),
  /** Last day of the programme, inclusive. */
  endsOn: optional(isoDate()),
  /** Where the money comes from. */
  funding: list(fundingSchema),
  /** Department running the programme. */
  department: optional(departmentRefSchema),
  /** Related links. */
  links: list(linkSchema),
});
export type Programme = z.output<typeof programmeSchema>;
