import { z } from "zod";
import { attachmentSchema } from "./components.ts";
import { documentFields, officeRefSchema, programmeRefSchema } from "./document.ts";
import {
  isoDateTime,
  list,
  markdown,
  optional,
  optionalText,
  slug,
  text,
  webUrl,
} from "./fields.ts";
import { mediaSchema } from "./media.ts";

/**
 * A `news-post` document as Strapi 5 REST returns it. Populate `cover`, `attachments.file`,
 * `programmes` (fields `slug`, `title`) and `office`.
 */
export const newsPostSchema = z
  .object({
    ...documentFields,
    /** Owning office. */
    office: optional(officeRefSchema),
    /** Headline. */
    title: text(),
    /** Slug, unique within the office. */
    slug: slug(),
    /** Publication instant (ISO datetime). */
    date: isoDateTime(),
    /** Author as credited, e.g. `"MOPS Kalisz"`. */
    author: optionalText(),
    /** Lead paragraph shown in lists. */
    lead: text(),
    /** Markdown body. */
    body: markdown(),
    /** Cover image. */
    cover: optional(mediaSchema),
    /** Alternative text of the cover; required when `cover` is set. */
    coverAlt: optionalText(),
    /** Downloadable files. */
    attachments: list(attachmentSchema),
    /** Original publication the post is taken from, http(s). */
    sourceUrl: optional(webUrl()),
    /** Programmes the post is about. */
    programmes: list(programmeRefSchema),
  })
  .refine((post) => post.cover === undefined || post.coverAlt !== undefined, {
    path: ["coverAlt"],
    message: "coverAlt is required when cover is set",
  });
export type NewsPost = z.output<typeof newsPostSchema>;
