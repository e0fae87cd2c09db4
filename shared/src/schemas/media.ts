import { z } from "zod";
import { optional, optionalText, text } from "./fields.ts";

/** An uploaded file as Strapi 5 returns it (a populated media field). */
export const mediaSchema = z.object({
  /** Public URL, absolute or relative to the CMS origin (`/uploads/…`). */
  url: text(),
  /** Alternative text entered in the media library. */
  alternativeText: optionalText(),
  /** MIME type, e.g. `"application/pdf"`. */
  mime: text(),
  /** Size in kilobytes, as Strapi stores it. */
  size: z.number().nonnegative(),
  /** Width in pixels (images only). */
  width: optional(z.number().int().positive()),
  /** Height in pixels (images only). */
  height: optional(z.number().int().positive()),
  /** Original file name, e.g. `"porozumienie.pdf"`. */
  name: text(),
  /** Extension with the dot, e.g. `".pdf"`. */
  ext: z.string(),
});

/** An uploaded file. */
export type Media = z.output<typeof mediaSchema>;
