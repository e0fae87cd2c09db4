// The page models in Ukrainian and English over Kraśnik's fixture translations: the language's
// words, dates, amounts and hours, addresses under the language's prefix, Polish parts marked.
import { PHRASE_TABLES, type Schedule } from "@mops/shared";
import { describe, expect, it } from "vitest";
import { fixtureContent, fixtureTranslatedContent } from "../../../test/fixture-content.ts";
import { buildNav, type ChromeSections, translatedFooterLinks } from "./chrome.ts";
import { hoursTableIn } from "./localized-hours-table.ts";
import { contactPageIn } from "./translated-contact.ts";
import { homePageIn } from "./translated-home.ts";
import { programmeGroupsIn } from "./translated-items.ts";
import { newsPostIn } from "./translated-news.ts";
import { programmePageIn } from "./translated-programme.ts";

const NBSP = "\u00a0";
const NOW = new Date("2026-11-23T10:00:00+01:00");
const TODAY = "2026-11-23";
const polish = fixtureContent("krasnik");
const uk = fixtureTranslatedContent("krasnik", "uk")!;
const en = fixtureTranslatedContent("krasnik", "en")!;

describe("homePageIn", () => {
  const view = homePageIn("uk", uk, polish, NOW, TODAY);

  it("hands the island the page's phrase table and writes each schedule's week in the language", () => {
    expect(view.openNow?.data.phrases).toBe(PHRASE_TABLES.uk);
    const entries = view.openNow!.groups.flatMap((group) => group.entries);
    expect(entries.map((entry) => entry.week[0]?.hours.slice(0, 28))).toEqual([
      "понеділок – пʼятниця: 07:00–",
      "понеділок – пʼятниця: 07:00–",
      "понеділок – пʼятниця: 07:00–",
    ]);
    expect(JSON.stringify(view.openNow?.groups)).not.toMatch(/Сьогодні|23 листопада/);
  });

  it("links the office to its translated contact page, every place in Ukrainian or marked Polish", () => {
    const places = view.openNow!.groups.map((group) => group.place!);
    expect(places.find((place) => place.href === "/uk/kontakt/")).toBeDefined();
    for (const place of places) {
      if (!place.href.startsWith("/uk/")) expect(place.hreflang, place.href).toBe("pl");
    }
  });

  it("lists the translated programmes and posts under /uk/ and no departments", () => {
    expect(view.departments).toEqual([]);
    expect(view.programmes.map((p) => p.href)).toEqual(["/uk/programy/pomoc-zywnosciowa/"]);
    for (const post of view.news) expect(post.href).toMatch(/^\/uk\/aktualnosci\//);
  });
});

describe("contactPageIn", () => {
  it("writes the English office hours with English weekdays and the 24-hour clock", () => {
    const view = contactPageIn("en", en, TODAY);
    const rows = view.hours.flatMap((table) => table.variants.flatMap((variant) => variant.rows));
    expect(rows.find((row) => row.weekday === "mon")).toMatchObject({
      day: "Monday",
      hours: "07:00–15:00",
    });
    expect(rows.find((row) => row.weekday === "sat")?.hours).toBe("closed");
    expect(view.printable).toBeUndefined();
    expect(view.departments.map((place) => place.href)).toEqual(
      en.departments.map((department) => `/en/dzialy/${department.slug}/`),
    );
  });
});

describe("programmePageIn", () => {
  it("gives the food-aid thresholds in Ukrainian, NBSP before PLN", () => {
    const programme = uk.programmes.find((p) => p.slug === "pomoc-zywnosciowa")!;
    const view = programmePageIn("uk", uk, programme, TODAY);
    expect(view.href).toBe("/uk/programy/pomoc-zywnosciowa/");
    expect(view.thresholds).toEqual([
      { label: "для особи, яка веде господарство самостійно", amount: `1${NBSP}542,20${NBSP}PLN` },
      { label: "на особу в сімʼї", amount: `1${NBSP}161,60${NBSP}PLN` },
    ]);
  });
});

describe("programmeGroupsIn", () => {
  it("heads the list in English words", () => {
    const groups = programmeGroupsIn("en", { ...en, programmes: polish.programmes }, TODAY);
    expect(groups.map((group) => group.heading)).toEqual([
      "Current programmes and support",
      "Ended",
    ]);
    expect(groups[1]!.items.map((item) => item.state?.label)).toEqual(["ended"]);
    expect(groups[1]!.items[0]!.href).toMatch(/^\/en\/programy\//);
  });
});

describe("newsPostIn", () => {
  it("dates the post in Ukrainian and says its language in the structured data", () => {
    const post = uk.newsPosts[0]!;
    const view = newsPostIn("uk", uk, polish, post, "http://cms.example");
    expect(view.href).toBe(`/uk/aktualnosci/${post.slug}/`);
    expect(view.date).toMatch(/^\d{1,2} [а-яіїєʼ]+ \d{4} р\.$/);
    expect(view.jsonLd).toMatchObject({
      inLanguage: "uk",
      mainEntityOfPage: new URL(`/uk/aktualnosci/${post.slug}/`, uk.office.siteUrl).href,
    });
  });
});

describe("hoursTableIn", () => {
  const schedule: Schedule = {
    ...polish.schedules[2]!,
    validTo: "2027-03-31",
    closedOnHolidays: true,
    exceptions: [{ from: "2026-12-24", closed: true, reason: "Wigilia" }],
  };

  it("keeps the dated notes Polish, marked lang=pl, and says the holiday rule in the language", () => {
    const table = hoursTableIn("uk", schedule, "Графік", TODAY);
    expect(table.notesHtml[0]).toMatch(/^<span lang="pl">Obowiązuje /);
    expect(table.notesHtml[1]).toMatch(/^<span lang="pl">/);
    expect(table.notesHtml).toContain("У державні неробочі дні зачинено.");
  });
});

describe("chrome in another language", () => {
  const sections: ChromeSections = {
    hasDepartments: false,
    hasProgrammes: true,
    hasNews: false,
    hasAbout: false,
    hasEasyToRead: true,
    hasSearch: true,
  };

  it("puts the menu under the language's prefix in its words", () => {
    expect(buildNav(sections, "/programy/pomoc-zywnosciowa/", "en")).toEqual([
      { label: "Home", href: "/en/", current: false },
      { label: "Support programmes", href: "/en/programy/", current: true },
      { label: "Contact", href: "/en/kontakt/", current: false },
      { label: "Search", href: "/en/szukaj/", current: false },
    ]);
  });

  it("links the Polish documents under their Polish names, marked Polish, glossed in the language", () => {
    const links = translatedFooterLinks(sections, "uk");
    expect(links.slice(0, 3)).toEqual([
      {
        label: "Deklaracja dostępności",
        href: "/deklaracja-dostepnosci/",
        lang: "pl",
        hreflang: "pl",
        gloss: "Декларація доступності, польською мовою",
      },
      expect.objectContaining({ href: "/ochrona-danych/", lang: "pl", hreflang: "pl" }),
      expect.objectContaining({ href: "/tekst-latwy-do-czytania/", lang: "pl", hreflang: "pl" }),
    ]);
    expect(links.some((link) => link.href.endsWith("rss.xml"))).toBe(false);
  });
});
