// Polish text to ASCII and to slugs ("Dąbrówka Górna" → "dabrowka-gorna").
import { POLISH_LETTERS } from "@mops/shared";

const folds: Readonly<Record<string, string>> = {
  ...POLISH_LETTERS,
  "„": '"',
  "”": '"',
  "–": "-",
  "\u00a0": " ",
};

export function asciiFold(text: string): string {
  return text
    .replace(/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„”–\u00a0]/g, (c) => folds[c] ?? c)
    .replace(/[^\x20-\x7e]/g, "");
}

/** A slug of at most `maxLength` characters, cut at a word boundary. */
export function slugify(text: string, maxLength = 60): string {
  const slug = asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : maxLength);
}
