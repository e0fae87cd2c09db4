// How the portal's long lists are cut into pages, so that no page grows with the number of
// offices (the 14 KB budget holds at hundreds of them): lists A–Z by first letter, a letter with
// more than a page's worth split into numbered parts ("S", "S (część 2)"); other lists in
// numbered pages. Keys are URL segments.
import { placeAnchor } from "./portal-routes.ts";

/** Office cards on one page (a card with its island data weighs about 0.4 KB gzip). */
export const OFFICES_PER_PAGE = 20;
/** Index lines (a municipality, place or postal code with its offices) on one page. */
export const ENTRIES_PER_PAGE = 150;

export interface Chunk<T> {
  /** URL segment, e.g. "k", "s-kreska", "s-2"; "" for the first of numbered pages. */
  key: string;
  /** What the navigation says, e.g. "K", "Ś", "S (część 2)", "2". */
  label: string;
  items: T[];
}

// Initials whose folded form would share a key with another letter of the Polish alphabet.
const LETTER_KEYS: Readonly<Record<string, string>> = {
  Ą: "a-ogonek",
  Ć: "c-kreska",
  Ę: "e-ogonek",
  Ł: "l-kreska",
  Ń: "n-kreska",
  Ó: "o-kreska",
  Ś: "s-kreska",
  Ź: "z-kreska",
  Ż: "z-kropka",
};

/** The first letter of a name as shown in an A–Z, upper-case. */
export const initialOf = (name: string): string => name.trim().charAt(0).toLocaleUpperCase("pl");

/** A letter's URL segment: "K" → "k", "Ś" → "s-kreska", a digit or sign → "inne". */
export const letterKey = (letter: string): string =>
  LETTER_KEYS[letter] ?? (placeAnchor(letter) || "inne");

/** Numbered pages of at most `max` items each: keys "", "2", "3", … */
export function numberedChunks<T>(items: readonly T[], max: number): Chunk<T>[] {
  const chunks: Chunk<T>[] = [];
  for (let start = 0; start < items.length || chunks.length === 0; start += max) {
    const n = chunks.length + 1;
    chunks.push({
      key: n === 1 ? "" : String(n),
      label: String(n),
      items: items.slice(start, start + max),
    });
  }
  return chunks;
}

/**
 * Items in the given order grouped by the initial of `nameOf` (in order of first appearance, so
 * sort them first), each group split into parts of at most `max`.
 */
export function letterChunks<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  max: number,
): Chunk<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = initialOf(nameOf(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].flatMap(([letter, group]) =>
    numberedChunks(group, max).map((part, index) => ({
      key: index === 0 ? letterKey(letter) : `${letterKey(letter)}-${index + 1}`,
      label: index === 0 ? letter : `${letter} (część ${index + 1})`,
      items: part.items,
    })),
  );
}
