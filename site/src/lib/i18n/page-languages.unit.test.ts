import type { Language } from "@mops/shared";
import { describe, expect, it } from "vitest";
import { fixtureContent, fixtureTranslatedContent } from "../../../test/fixture-content.ts";
import type { OfficeContent } from "../content/office-content.ts";
import { hrefIn, localizedPath, pageLanguages, translatablePageAt } from "./page-languages.ts";

const krasnik = new Map<Language, OfficeContent>([
  ["pl", fixtureContent("krasnik")],
  ["uk", fixtureTranslatedContent("krasnik", "uk")!],
  ["en", fixtureTranslatedContent("krasnik", "en")!],
]);
const POST = "pomoc-zywnosciowa-bank-zywnosci-w-lublinie";

describe("localizedPath", () => {
  it.each([
    ["pl", "/kontakt/", "/kontakt/"],
    ["uk", "/kontakt/", "/uk/kontakt/"],
    ["en", "/", "/en/"],
  ] as const)("%s %s → %s", (language, path, expected) => {
    expect(localizedPath(language, path)).toBe(expected);
  });
});

describe("translatablePageAt", () => {
  it.each([
    ["/", { kind: "home" }],
    ["/kontakt/", { kind: "contact" }],
    ["/szukaj/", { kind: "search" }],
    ["/programy/", { kind: "programmes" }],
    ["/programy/pomoc-zywnosciowa/", { kind: "programme", slug: "pomoc-zywnosciowa" }],
    ["/aktualnosci/", { kind: "news" }],
    [`/aktualnosci/${POST}/`, { kind: "newsPost", slug: POST }],
    ["/aktualnosci/strona/2/", undefined],
    ["/deklaracja-dostepnosci/", undefined],
    ["/dzialy/", { kind: "departments" }],
    ["/dzialy/stypendia-szkolne/", { kind: "department", slug: "stypendia-szkolne" }],
  ])("%s", (path, page) => {
    expect(translatablePageAt(path)).toEqual(page);
  });
});

describe("pageLanguages, Kraśnik (Ukrainian: office, departments, a programme, a post; English: office, departments)", () => {
  it.each([
    ["/", ["/", "/uk/", "/en/"]],
    ["/kontakt/", ["/kontakt/", "/uk/kontakt/", "/en/kontakt/"]],
    ["/programy/", ["/programy/", "/uk/programy/"]],
    [
      "/programy/pomoc-zywnosciowa/",
      ["/programy/pomoc-zywnosciowa/", "/uk/programy/pomoc-zywnosciowa/"],
    ],
    ["/programy/wspieraj-seniora/", ["/programy/wspieraj-seniora/"]],
    ["/aktualnosci/", ["/aktualnosci/", "/uk/aktualnosci/"]],
    [`/aktualnosci/${POST}/`, [`/aktualnosci/${POST}/`, `/uk/aktualnosci/${POST}/`]],
    ["/dzialy/", ["/dzialy/", "/uk/dzialy/", "/en/dzialy/"]],
    [
      "/dzialy/stypendia-szkolne/",
      [
        "/dzialy/stypendia-szkolne/",
        "/uk/dzialy/stypendia-szkolne/",
        "/en/dzialy/stypendia-szkolne/",
      ],
    ],
    ["/dzialy/nie-ma-takiego/", ["/dzialy/nie-ma-takiego/"]],
    ["/ochrona-danych/", ["/ochrona-danych/"]],
  ])("%s exists at %j", (path, paths) => {
    expect(pageLanguages(path, krasnik).map((version) => version.path)).toEqual(paths);
  });

  it("names each version's language, Polish first", () => {
    expect(pageLanguages("/", krasnik).map((version) => version.language)).toEqual([
      "pl",
      "uk",
      "en",
    ]);
  });
});

describe("hrefIn, from a Ukrainian page of Kraśnik", () => {
  const uk = krasnik.get("uk")!;
  it.each([
    ["/dzialy/stypendia-szkolne/", { href: "/uk/dzialy/stypendia-szkolne/" }],
    ["/dzialy/", { href: "/uk/dzialy/" }],
    ["/kontakt/", { href: "/uk/kontakt/" }],
    ["/programy/wspieraj-seniora/", { href: "/programy/wspieraj-seniora/", hreflang: "pl" }],
    ["/o-nas/", { href: "/o-nas/", hreflang: "pl" }],
  ])("%s", (path, expected) => {
    expect(hrefIn("uk", uk, path)).toEqual(expected);
  });

  it("leads to the Polish page of a department the language lacks, marked Polish", () => {
    const path = "/dzialy/stypendia-szkolne/";
    expect(hrefIn("uk", { ...uk, departments: [] }, path)).toEqual({ href: path, hreflang: "pl" });
  });
});
