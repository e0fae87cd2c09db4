import { describe, expect, it } from "vitest";
import { countText, matches } from "./office-finder-island.ts";

const KRASNIK = "miejski ośrodek pomocy społecznej w kraśniku kraśnik 23-200 23-204 23-210";

describe.each([
  ["23-204", true],
  ["Kraśnik", true],
  ["  kraśnik 23-210 ", true],
  ["23-205", false],
  ["Kutno", false],
  ["", true],
])("an office found by %j", (query, expected) => {
  it(`is ${expected ? "shown" : "hidden"}`, () => {
    expect(matches(KRASNIK, query)).toBe(expected);
  });
});

describe.each([
  [0, "Nie znaleziono ośrodka. Sprawdź kod pocztowy albo wybierz gminę z listy A–Z."],
  [1, "Znaleziono 1 ośrodek."],
  [3, "Znaleziono ośrodki: 3."],
])("%i matches", (count, text) => {
  it("are said in Polish", () => expect(countText(count)).toBe(text));
});
