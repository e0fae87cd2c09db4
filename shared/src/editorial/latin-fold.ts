// Latin letters without diacritics, for comparing editors' words and for slugs. Polish letters
// come from a table because `ł` and `Ł` have no Unicode decomposition; every other accented
// Latin letter (é, ü, č…) loses its marks by canonical decomposition.

/** Polish letters with diacritics and their plain ASCII letters, both cases. */
export const POLISH_LETTERS: Readonly<Record<string, string>> = {
  ą: "a",
  ć: "c",
  ę: "e",
  ł: "l",
  ń: "n",
  ó: "o",
  ś: "s",
  ź: "z",
  ż: "z",
  Ą: "A",
  Ć: "C",
  Ę: "E",
  Ł: "L",
  Ń: "N",
  Ó: "O",
  Ś: "S",
  Ź: "Z",
  Ż: "Z",
};

const POLISH_LETTER = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g;
const COMBINING_MARK = /\p{M}/gu;

/** `text` with Polish letters replaced by their plain ones and other Latin accents removed. */
export function foldLatin(text: string): string {
  return text
    .replace(POLISH_LETTER, (letter) => POLISH_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(COMBINING_MARK, "");
}
