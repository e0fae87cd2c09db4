// Slugs made from titles, so editors need not type them: Polish letters lose their diacritics,
// Ukrainian is transliterated by the national system, everything else becomes a word break.
// The result always matches the one slug pattern every package checks (`protocol/slug.ts`).
import { SLUG_PATTERN } from "../protocol/slug.ts";
import { foldLatin } from "./latin-fold.ts";
import { transliterateUkrainian } from "./ukrainian-transliteration.ts";

/** Longest slug made from a title: a readable address, cut at a word break. */
export const SLUG_MAX_LENGTH = 80;

/** A base for `uniqueSlug` that is not a slug. */
export class NotASlugError extends Error {
  override name = "NotASlugError";
  /** What was given instead. */
  readonly value: string;

  constructor(value: string) {
    super(`not a slug: ${JSON.stringify(value)}`);
    this.value = value;
  }
}

/** Apostrophes vanish inside a word ("Rock'n'roll" → "rocknroll") instead of splitting it. */
const APOSTROPHES = /['’ʼ`]/g;
const NOT_SLUG_CHARACTERS = /[^a-z0-9]+/g;
const EDGE_HYPHENS = /^-+|-+$/g;

/** `slug` cut to at most `maxLength` characters at a hyphen (or inside a word longer than that). */
function cutAtWord(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const lastBreak = slug.slice(0, maxLength + 1).lastIndexOf("-");
  const cut = lastBreak > 0 ? slug.slice(0, lastBreak) : slug.slice(0, maxLength);
  return cut.replace(EDGE_HYPHENS, "");
}

/**
 * The slug of a title, e.g. `"Dodatek osłonowy – nabór wniosków 2026"` →
 * `"dodatek-oslonowy-nabor-wnioskow-2026"`, `"Допомога дітям"` → `"dopomoha-ditiam"`; at most
 * `maxLength` characters. Undefined when the title has no letter or digit to make one from.
 */
export function slugFromTitle(title: string, maxLength = SLUG_MAX_LENGTH): string | undefined {
  const words = foldLatin(transliterateUkrainian(title))
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(NOT_SLUG_CHARACTERS, "-")
    .replace(EDGE_HYPHENS, "");
  const slug = cutAtWord(words, maxLength);
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}

/**
 * `base` if no entry has it yet, else the first free of `base-2`, `base-3`…, shortening `base`
 * at a word break so the result stays within `maxLength`. Throws `NotASlugError` for a `base`
 * that is not a slug.
 */
export function uniqueSlug(
  base: string,
  taken: ReadonlySet<string>,
  maxLength = SLUG_MAX_LENGTH,
): string {
  if (!SLUG_PATTERN.test(base)) throw new NotASlugError(base);
  if (!taken.has(base)) return base;
  for (let number = 2; ; number += 1) {
    const suffix = `-${number}`;
    const candidate = `${cutAtWord(base, maxLength - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
