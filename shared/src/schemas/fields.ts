import { z } from "zod";
import { SLUG_PATTERN } from "../protocol/slug.ts";

/**
 * Field helpers shared by the content schemas. Strapi 5 returns `null` for empty optional
 * attributes; the domain shape leaves such keys out instead (`undefined`).
 */

/** An optional value: `null`, `undefined` (and for text `""`) become a missing key. */
export const optional = <T extends z.ZodType>(schema: T) =>
  schema
    .nullish()
    .transform((value) => value ?? undefined)
    .optional();

/** Required non-empty text, trimmed. */
export const text = () => z.string().trim().min(1);

/** Optional text: blank or `null` becomes a missing key. */
export const optionalText = () =>
  z
    .string()
    .nullish()
    .transform((value) => {
      const trimmed = value?.trim();
      return trimmed ? trimmed : undefined;
    })
    .optional();

/** A repeatable component or a to-many relation. Must be populated; `null` reads as empty. */
export const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullable()
    .transform((items) => items ?? []);

/** A calendar date, `"YYYY-MM-DD"` (Strapi `date`). */
export const isoDate = () => z.iso.date();

/** An instant, ISO 8601 with offset or `Z` (Strapi `datetime`). */
export const isoDateTime = () => z.iso.datetime({ offset: true });

/** Matches `HH:MM`, `HH:MM:SS` and `HH:MM:SS.mmm` with zero seconds. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)(:00(\.0{1,3})?)?$/;

/** A time of day as Strapi returns it (`"09:00:00.000"`) or editors write it (`"09:00"`); output `"HH:MM"`. */
export const time = () =>
  z
    .string()
    .regex(TIME_PATTERN)
    .transform((value) => value.slice(0, 5));

/**
 * A closing time: as `time()`, and midnight at the end of the day as `"24:00"`, which Strapi's
 * time field cannot store: it stores `"00:00"`, and a closing time of `"00:00"` reads as `"24:00"`.
 */
export const closingTime = () =>
  z
    .string()
    .regex(/^(([01]\d|2[0-3]):([0-5]\d)|24:00)(:00(\.0{1,3})?)?$/)
    .transform((value) => {
      const hhmm = value.slice(0, 5);
      return hhmm === "00:00" ? "24:00" : hhmm;
    });

/** A month and day, `"MM-DD"` (29 February allowed). */
export const MONTH_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A URL-safe identifier, e.g. `"kutno"`, `"wspieraj-seniora"`. */
export const slug = () => z.string().regex(SLUG_PATTERN);

/** An amount in PLN: Strapi `decimal` arrives as a number (or a numeric string from PostgreSQL). */
export const amount = () =>
  z
    .union([
      z.number(),
      z
        .string()
        .regex(/^-?\d+(\.\d+)?$/)
        .transform(Number),
    ])
    .pipe(z.number());

/** Markdown source text. */
export const markdown = () => z.string();

/** A URL with an http(s), mailto: or tel: scheme. */
export const linkUrl = () =>
  z.string().regex(/^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+\d\s()-]+)$/i);

/** An http(s) URL. */
export const webUrl = () => z.string().regex(/^https?:\/\/[^\s]+$/i);
