import { z } from "zod";
import { optionalText, slug, text } from "./fields.ts";

/**
 * Keys every Strapi 5 document carries in the flattened v5 REST format. `id`, timestamps and
 * `publishedAt` are dropped from the domain shape.
 */
export const documentFields = {
  /** Strapi's stable document id (the same across locales and draft/published). */
  documentId: text(),
  /** Locale of this version (`"pl"`, `"uk"`, `"en"`); missing when i18n is off for the type. */
  locale: optionalText(),
};

/**
 * A populated `office` relation. Populate it with at least `fields: ["slug", "name"]`.
 */
export const officeRefSchema = z.object({
  /** Document id of the office. */
  documentId: text(),
  /** Office slug, e.g. `"kutno"`. */
  slug: slug(),
  /** Full name of the office. */
  name: text(),
});
export type OfficeRef = z.output<typeof officeRefSchema>;

/** A populated `department` relation. Populate it with at least `fields: ["slug", "name"]`. */
export const departmentRefSchema = z.object({
  /** Document id of the department. */
  documentId: text(),
  /** Department slug, unique within the office. */
  slug: slug(),
  /** Department name, e.g. `"Dział Pomocy Środowiskowej"`. */
  name: text(),
});
export type DepartmentRef = z.output<typeof departmentRefSchema>;

/** A populated `programme` relation. Populate it with at least `fields: ["slug", "title"]`. */
export const programmeRefSchema = z.object({
  /** Document id of the programme. */
  documentId: text(),
  /** Programme slug. */
  slug: slug(),
  /** Programme title, e.g. `"Wspieraj Seniora"`. */
  title: text(),
});
export type ProgrammeRef = z.output<typeof programmeRefSchema>;
