import { describe, expect, it } from "vitest";
import { SERVICE_CATEGORIES, serviceCategoriesOf } from "./service-categories.ts";

describe.each([
  [["Pomoc żywnościowa – Fundacja Bank Żywności w Lublinie"], ["pomoc-zywnosciowa"]],
  [
    ["Dział Świadczeń Rodzinnych i Alimentacyjnych"],
    ["swiadczenia-rodzinne", "fundusz-alimentacyjny"],
  ],
  [["Dział Dodatków Mieszkaniowych"], ["dodatki-mieszkaniowe"]],
  [["Stypendia szkolne"], ["stypendia-szkolne"]],
  [
    ["Wspieraj Seniora", "Wolontariat – pomoc w zakupach"],
    ["seniorzy", "aktywizacja-i-integracja"],
  ],
  [["Punkt Przeciwdziałania Przemocy"], ["przeciwdzialanie-przemocy"]],
  [["Równi na starcie"], []],
])("the categories of %j", (names, expected) => {
  it(`are ${expected.join(", ") || "none"}`, () => {
    expect(serviceCategoriesOf(names).map((category) => category.slug)).toEqual(expected);
  });
});

describe("the category table", () => {
  it("has unique slugs, each URL-safe", () => {
    const slugs = SERVICE_CATEGORIES.map((category) => category.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("has lower-case stems, so matching ignores only the names' case", () => {
    for (const { stems } of SERVICE_CATEGORIES)
      for (const stem of stems) expect(stem).toBe(stem.toLocaleLowerCase("pl"));
  });
});
