import { describe, expect, it } from "vitest";
import { LANGUAGES } from "./language.ts";
import { UI_STRINGS, type UiStringKey } from "./ui-strings.ts";

const keys = Object.keys(UI_STRINGS.pl) as UiStringKey[];
/** Only Polish pages leave these empty: they say what is in Polish on a page in another language. */
const POLISH_NOTES: readonly UiStringKey[] = ["inPolish", "onlyInPolish"];
const POLISH_LETTERS = /[ąćęłńóśźż]/i;
/** Latin words allowed in Ukrainian strings: acronyms and format names. */
const LATIN_IN_UKRAINIAN = /\b(RODO|ETR|RSS|XML|iCalendar)\b/g;

describe.each(LANGUAGES)("UI strings in %s", (language) => {
  const table = UI_STRINGS[language];

  it("has every key and no other", () => {
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
  });

  it.each(keys.filter((key) => language !== "pl" || !POLISH_NOTES.includes(key)))(
    "gives %s, trimmed, without doubled spaces",
    (key) => {
      expect(table[key].length).toBeGreaterThan(0);
      expect(table[key]).toBe(table[key].trim().replace(/ {2,}/g, " "));
    },
  );
});

describe("Ukrainian and English UI strings are not Polish", () => {
  it.each(keys)("%s", (key) => {
    expect(UI_STRINGS.uk[key]).not.toMatch(POLISH_LETTERS);
    expect(UI_STRINGS.en[key]).not.toMatch(POLISH_LETTERS);
    expect(UI_STRINGS.uk[key].replace(LATIN_IN_UKRAINIAN, "")).not.toMatch(/[a-z]/i);
  });
});
