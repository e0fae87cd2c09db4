import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLUG_PATTERN } from "../protocol/slug.ts";
import { NotASlugError, SLUG_MAX_LENGTH, slugFromTitle, uniqueSlug } from "./slug-from-title.ts";

describe.each([
  ["Dodatek osłonowy – nabór wniosków 2026", "dodatek-oslonowy-nabor-wnioskow-2026"],
  ["Zażółć gęślą jaźń", "zazolc-gesla-jazn"],
  ["ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "zazolc-gesla-jazn"],
  ["Źródło Łask Ćwiczeń Ńa Śląsku Óśmy Ąę", "zrodlo-lask-cwiczen-na-slasku-osmy-ae"],
  ["Program „Wspieraj Seniora” 2024/2025", "program-wspieraj-seniora-2024-2025"],
  [
    "  --Asystent osobisty osoby z niepełnosprawnością!!  ",
    "asystent-osobisty-osoby-z-niepelnosprawnoscia",
  ],
  ["COVID-19: pomoc w zakupach", "covid-19-pomoc-w-zakupach"],
  ["Café Senior & Kawiarenka", "cafe-senior-kawiarenka"],
  ["Rock'n'roll dla seniorów", "rocknroll-dla-seniorow"],
  ["Dzień Dziecka 🎈 w MOPS", "dzien-dziecka-w-mops"],
  // Ukrainian by the national system (KMU 2010), word-initial forms included.
  ["Допомога для громадян України", "dopomoha-dlia-hromadian-ukrainy"],
  ["Допомога дітям", "dopomoha-ditiam"],
  ["Київ, Житомир, Чернігів", "kyiv-zhytomyr-chernihiv"],
  ["Щедрик, Їжак, Юрій, Яготин, Єнакієве", "shchedryk-yizhak-yurii-yahotyn-yenakiieve"],
  ["Згорани, Розгон", "zghorany-rozghon"],
  ["Ґалаґан, Сім'я, Знам’янка, Львів", "galagan-simia-znamianka-lviv"],
  ["Соціальна допомога / Pomoc społeczna", "sotsialna-dopomoha-pomoc-spoleczna"],
])("slugFromTitle(%j)", (title, slug) => {
  it(`is ${slug}`, () => expect(slugFromTitle(title)).toBe(slug));
});

describe.each(["", "   ", "– … !?", "🎈🎉", "中文标题"])("slugFromTitle(%j)", (title) => {
  it("is undefined: nothing to make a slug of", () => expect(slugFromTitle(title)).toBeUndefined());
});

describe("long titles", () => {
  const title =
    "Działalność Miejskiego Ośrodka Pomocy Społecznej w Pruszkowie w czasie pandemii COVID-19 (koronawirusa) w okresie od marca do czerwca 2020 r.";

  it("are cut at a word break within 80 characters", () => {
    expect(slugFromTitle(title)).toBe(
      "dzialalnosc-miejskiego-osrodka-pomocy-spolecznej-w-pruszkowie-w-czasie-pandemii",
    );
  });

  it.each([
    ["abc-defg-hij", 8, "abc-defg"],
    ["abc-defg-hij", 7, "abc"],
    ["abcdefghijkl", 5, "abcde"],
    ["abc defgh", 4, "abc"],
  ])("%j in at most %i characters is %j", (text, maxLength, slug) => {
    expect(slugFromTitle(text, maxLength)).toBe(slug);
  });
});

describe.each<[string, string[], string]>([
  ["zostan-wolontariuszem", [], "zostan-wolontariuszem"],
  ["zostan-wolontariuszem", ["inny"], "zostan-wolontariuszem"],
  ["zostan-wolontariuszem", ["zostan-wolontariuszem"], "zostan-wolontariuszem-2"],
  ["nabor", ["nabor", "nabor-2", "nabor-3"], "nabor-4"],
  ["nabor", ["nabor", "nabor-3"], "nabor-2"],
  ["nabor-2", ["nabor-2"], "nabor-2-2"],
])("uniqueSlug(%j, %j)", (base, taken, slug) => {
  it(`is ${slug}`, () => expect(uniqueSlug(base, new Set(taken))).toBe(slug));
});

describe("uniqueSlug", () => {
  it("shortens a long base at a word break to fit the number", () => {
    const base = `${"a".repeat(40)}-${"b".repeat(39)}`;
    expect(uniqueSlug(base, new Set([base]))).toBe(`${"a".repeat(40)}-2`);
  });

  it.each(["", "Nabór", "a--b", "-a"])("refuses %j, which is not a slug", (base) => {
    expect(() => uniqueSlug(base, new Set())).toThrow(NotASlugError);
  });
});

/** Titles in Polish, Ukrainian and anything else, with punctuation and emoji. */
const titles = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        ..."aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźżAĄĆĘŁŃÓŚŹŻ0123456789 -–—„”'’.,:;!?/()&",
      ),
      { maxLength: 200 },
    )
    .map((chars) => chars.join("")),
  fc
    .array(fc.constantFrom(..."абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙЮЯ'’ʼ -0123"), {
      maxLength: 200,
    })
    .map((chars) => chars.join("")),
);

describe("properties", () => {
  it("every slug made from a title matches the shared slug pattern and the length limit", () => {
    fc.assert(
      fc.property(titles, (title) => {
        const slug = slugFromTitle(title);
        if (slug === undefined) return;
        expect(slug).toMatch(SLUG_PATTERN);
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      }),
      { numRuns: 2000 },
    );
  });

  it("a title with a Latin letter or digit always gives a slug", () => {
    fc.assert(
      fc.property(titles, fc.constantFrom(..."aŁ7ż"), (title, letter) => {
        expect(slugFromTitle(`${title} ${letter}`)).toBeDefined();
      }),
    );
  });

  it("uniqueSlug gives a free slug within the limit", () => {
    fc.assert(
      fc.property(titles, fc.array(fc.integer({ min: 2, max: 12 })), (title, numbers) => {
        const base = slugFromTitle(title) ?? "wpis";
        const taken = new Set([base, ...numbers.map((number) => `${base}-${number}`)]);
        const slug = uniqueSlug(base, taken);
        expect(slug).toMatch(SLUG_PATTERN);
        expect(taken.has(slug)).toBe(false);
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      }),
    );
  });
});
