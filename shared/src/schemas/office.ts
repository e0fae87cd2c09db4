import { z } from "zod";
import {
  accessibilitySchema,
  alertSchema,
  areaSchema,
  emailSchema,
  gdprSchema,
  locationSchema,
  personSchema,
  phoneSchema,
  statutoryTaskSchema,
} from "./components.ts";
import { documentFields } from "./document.ts";
import { isoDate, list, optional, optionalText, slug, text, webUrl } from "./fields.ts";
import { mediaSchema } from "./media.ts";

/**
 * An `office` document (the tenant) as Strapi 5 REST returns it. Populate every component:
 * `locations.phones`, `phones`, `emails`, `director`, `statutoryTasks`, `areas`, `alerts`,
 * `accessibility`, `gdpr`, `favicon`.
 */
export const officeSchema = z.object({
  ...documentFields,
  /** Full name, e.g. `"Miejski Ośrodek Pomocy Społecznej w Kutnie"`. */
  name: text(),
  /** Short name, e.g. `"MOPS Kutno"`. */
  shortName: text(),
  /** Unique slug, e.g. `"kutno"`. */
  slug: slug(),
  /** Public address of the office's site, http(s). */
  siteUrl: webUrl(),
  /** The site's icon (an uploaded raster image); the platform's default when absent. */
  favicon: optional(mediaSchema),
  /** Addresses where residents are served. */
  locations: list(locationSchema),
  /** General phone numbers. */
  phones: list(phoneSchema),
  /** General e-mail addresses. */
  emails: list(emailSchema),
  /** ePUAP inbox address, e.g. `"/mopskutno/skrytka"`. */
  epuapAddress: optionalText(),
  /** e-Doręczenia address (ADE). */
  eDeliveryAddress: optionalText(),
  /** Public Information Bulletin (BIP) address, http(s). */
  bipUrl: optional(webUrl()),
  /** Head of the office. */
  director: optional(personSchema),
  /** Date the office was established. */
  foundedOn: optional(isoDate()),
  /** Tasks the office performs by law. */
  statutoryTasks: list(statutoryTaskSchema),
  /** Markdown "about us" text. */
  about: optionalText(),
  /** Markdown history. */
  history: optionalText(),
  /** The municipalities, places and postal codes the office serves (the regional portal finds it by them); optional. */
  areas: z
    .array(areaSchema)
    .nullish()
    .transform((areas) => areas ?? []),
  /** Notices shown while valid. */
  alerts: list(alertSchema),
  /** Data for the accessibility statement. */
  accessibility: accessibilitySchema,
  /** Data for the GDPR information clause. */
  gdpr: gdprSchema,
});
export type Office = z.output<typeof officeSchema>;
