import { z } from "zod";
import { emailSchema, locationSchema, phoneSchema, serviceSchema } from "./components.ts";
import { documentFields, officeRefSchema } from "./document.ts";
import { list, optional, optionalText, slug, text } from "./fields.ts";
import { serviceStatusFields } from "./service-status.ts";

/**
 * A `department` document as Strapi 5 REST returns it. Populate `location.phones`, `phones`,
 * `emails`, `services` and `office` (fields `slug`, `name`).
 */
export const departmentSchema = z.object({
  ...documentFields,
  /** Owning office. */
  office: optional(officeRefSchema),
  /** Name, e.g. `"Dział Świadczeń Rodzinnych i Alimentacyjnych"`. */
  name: text(),
  /** Slug, unique within the office. */
  slug: slug(),
  /** Markdown description. */
  description: optionalText(),
  /** Where the department receives residents, when not the office's main address. */
  location: optional(locationSchema),
  /** The department's phones. */
  phones: list(phoneSchema),
  /** The department's e-mail addresses. */
  emails: list(emailSchema),
  /** Services the department provides. */
  services: list(serviceSchema),
  ...serviceStatusFields,
});
export type Department = z.output<typeof departmentSchema>;
