// Ukrainian Cyrillic in Latin letters by the national system (Resolution of the Cabinet of
// Ministers of Ukraine No. 55 of 27 January 2010), used in passports and on road signs, so a
// Ukrainian title gives a slug a Ukrainian reader recognises: "Київ" → "Kyiv".

/** Letters transliterated the same anywhere in a word (lower case; `ь` and apostrophes vanish). */
const ANYWHERE: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  ж: "zh",
  з: "z",
  и: "y",
  і: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ь: "",
  "'": "",
  "’": "",
  ʼ: "",
};

/** Letters written differently at the start of a word: `[at the start, elsewhere]`. */
const WORD_INITIAL: Readonly<Record<string, readonly [string, string]>> = {
  є: ["ye", "ie"],
  ї: ["yi", "i"],
  й: ["y", "i"],
  ю: ["yu", "iu"],
  я: ["ya", "ia"],
};

const CYRILLIC_WORD = /[\p{Script=Cyrillic}'’ʼ]+/gu;

function transliterateWord(word: string): string {
  let latin = "";
  const letters = [...word.toLowerCase()];
  for (const [index, letter] of letters.entries()) {
    const initial = WORD_INITIAL[letter];
    // `зг` is written `zgh`, so that it does not read as `ж` (`zh`).
    if (letter === "г" && letters[index - 1] === "з") latin += "gh";
    else if (initial !== undefined) latin += initial[index === 0 ? 0 : 1];
    else latin += ANYWHERE[letter] ?? letter;
  }
  return latin;
}

/**
 * `text` with Ukrainian Cyrillic words in Latin letters (lower case); everything else is kept.
 * Letters outside the Ukrainian alphabet (Russian `ы`, `э`, `ё`…) are kept as they are.
 */
export function transliterateUkrainian(text: string): string {
  return text.replace(CYRILLIC_WORD, transliterateWord);
}
