import { SEARCH_WORDS } from "@mops/shared";
import { describe, expect, it } from "vitest";
import { excerptHtml, resultsLabel } from "./search-island.ts";

describe("search island", () => {
  it.each([
    { lang: "uk", count: 0, label: "Немає результатів для «x»." },
    { lang: "uk", count: 1, label: "1 результат для «x»." },
    { lang: "uk", count: 3, label: "3 результати для «x»." },
    { lang: "uk", count: 11, label: "11 результатів для «x»." },
    { lang: "uk", count: 21, label: "21 результат для «x»." },
    { lang: "en", count: 1, label: "1 result for “x”." },
    { lang: "en", count: 21, label: "21 results for “x”." },
  ] as const)("$lang: $count → $label", ({ lang, count, label }) => {
    expect(resultsLabel(count, "x", SEARCH_WORDS[lang], lang)).toBe(label);
  });

  it.each([
    { count: 0, label: "Brak wyników dla „x”." },
    { count: 1, label: "1 wynik dla „x”." },
    { count: 2, label: "2 wyniki dla „x”." },
    { count: 5, label: "5 wyników dla „x”." },
    { count: 12, label: "12 wyników dla „x”." },
    { count: 22, label: "22 wyniki dla „x”." },
    { count: 114, label: "114 wyników dla „x”." },
  ])("$count → $label", ({ count, label }) => {
    expect(resultsLabel(count, "x", SEARCH_WORDS.pl, "pl")).toBe(label);
  });

  it("keeps only Pagefind's <mark> in excerpts", () => {
    expect(excerptHtml('Klub <mark>Seniora</mark><img src=x onerror="alert(1)">')).toBe(
      "Klub <mark>Seniora</mark>",
    );
  });
});
