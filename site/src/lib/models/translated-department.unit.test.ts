// The department pages in Ukrainian and English over Kraśnik's fixture translations: the
// language's words and hours, the Polish parts kept Polish, links under the language's prefix when
// the target is translated and marked Polish when it is not.
import { HOURS_WORDS, PHRASE_TABLES, UI_STRINGS } from "@mops/shared";
import { describe, expect, it } from "vitest";
import { fixtureContent, fixtureTranslatedContent } from "../../../test/fixture-content.ts";
import { pageLanguages } from "../i18n/page-languages.ts";
import { departmentPage } from "./department-page.ts";
import { buildChrome } from "./site-chrome.ts";
import { contactPageIn } from "./translated-contact.ts";
import { departmentLinkIn, departmentListIn, departmentPageIn } from "./translated-department.ts";
import { homePageIn } from "./translated-home.ts";

const NOW = new Date("2026-11-23T10:00:00+01:00");
const TODAY = "2026-11-23";
const polish = fixtureContent("krasnik");
const uk = fixtureTranslatedContent("krasnik", "uk")!;
const en = fixtureTranslatedContent("krasnik", "en")!;
const SLUG = "dzial-swiadczen-rodzinnych-i-funduszu-alimentacyjnego";
const ukDepartment = uk.departments.find((department) => department.slug === SLUG)!;
const plDepartment = polish.departments.find((department) => department.slug === SLUG)!;

describe("departmentPageIn", () => {
  const view = departmentPageIn("uk", uk, polish, ukDepartment, TODAY);
  const polishView = departmentPage(polish, plDepartment, TODAY);

  it("gives the department's translated name and services", () => {
    expect(view.name).toBe(ukDepartment.name);
    expect(view.name).not.toBe(plDepartment.name);
    expect(view.services.map((service) => service.name)).toEqual(
      ukDepartment.services.map((service) => service.name),
    );
  });

  it("writes the hours tables with the language's weekdays", () => {
    const rows = view.hours.flatMap((table) => table.variants.flatMap((variant) => variant.rows));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.day).toBe(HOURS_WORDS.uk.weekdays[row.weekday]);
  });

  it("hands the island the page's phrases and writes the weeks in the language", () => {
    expect(view.openNow?.data.phrases).toBe(PHRASE_TABLES.uk);
    const weeks = view.openNow!.groups.flatMap((group) => group.entries.flatMap((e) => e.week));
    expect(weeks.length).toBeGreaterThan(0);
    for (const line of weeks) expect(line.hours).toContain(HOURS_WORDS.uk.weekdays.mon);
  });

  it("keeps the map data under the Polish schedule labels (the block is Polish)", () => {
    expect(view.mapData).toEqual(polishView.mapData);
    expect(view.mapData.map((entry) => entry.label)).not.toEqual(
      view.hours.map((table) => table.caption),
    );
  });

  it("links its programmes in the language when translated, else to the Polish page marked Polish", () => {
    const ref = { documentId: plDepartment.documentId, slug: SLUG, name: plDepartment.name };
    const running = {
      ...polish,
      programmes: polish.programmes.map((programme) => ({ ...programme, department: ref })),
    };
    const links = departmentPageIn("uk", uk, running, ukDepartment, TODAY).programmes;
    const translated = uk.programmes.map((programme) => programme.slug);
    expect(links).toHaveLength(polish.programmes.length);
    for (const [index, programme] of polish.programmes.entries()) {
      const link = links[index]!;
      if (translated.includes(programme.slug)) {
        expect(link).toEqual({
          label: uk.programmes.find((p) => p.slug === programme.slug)!.title,
          href: `/uk/programy/${programme.slug}/`,
        });
      } else {
        expect(link).toEqual({
          label: programme.title,
          href: `/programy/${programme.slug}/`,
          lang: "pl",
          hreflang: "pl",
        });
      }
    }
    expect(links.some((link) => link.lang === "pl")).toBe(true);
    expect(links.some((link) => link.lang === undefined)).toBe(true);
  });
});

describe("departmentListIn", () => {
  it("lists the English departments under /en/ with English weeks", () => {
    const items = departmentListIn("en", en);
    expect(items.map((item) => item.href)).toEqual(
      en.departments.map((department) => `/en/dzialy/${department.slug}/`),
    );
    const lines = items.flatMap((item) => item.hours.flatMap((schedule) => schedule.lines));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.hours).toContain(HOURS_WORDS.en.weekdays.mon);
  });
});

describe("departmentLinkIn", () => {
  const polishLink = { label: plDepartment.name, href: `/dzialy/${SLUG}/` };

  it.each([
    ["translated", uk, { label: ukDepartment.name, href: `/uk/dzialy/${SLUG}/` }],
    ["not translated", { ...uk, departments: [] }, { ...polishLink, lang: "pl", hreflang: "pl" }],
  ])("%s", (_case, content, expected) => {
    expect(departmentLinkIn("uk", content, polishLink, SLUG)).toEqual(expected);
  });
});

describe("links to departments from other translated pages", () => {
  it("leads the home page's department places to their Ukrainian pages", () => {
    const places = homePageIn("uk", uk, polish, NOW, TODAY).openNow!.groups.map((g) => g.place!);
    const departments = places.filter((place) => place.href.includes("/dzialy/"));
    expect(departments.map((place) => place.href).sort()).toEqual(
      uk.departments.map((department) => `/uk/dzialy/${department.slug}/`).sort(),
    );
    for (const place of departments) expect(place.hreflang).toBeUndefined();
  });

  it("leads the contact page's departments to their English pages", () => {
    const view = contactPageIn("en", en, TODAY);
    expect(view.departments.map((place) => [place.href, place.hreflang])).toEqual(
      en.departments.map((department) => [`/en/dzialy/${department.slug}/`, undefined]),
    );
  });

  it("puts the departments list in the translated menu, current on a department page", () => {
    const path = `/dzialy/${SLUG}/`;
    const languages = new Map([
      ["pl", polish],
      ["uk", uk],
    ] as const);
    const chrome = buildChrome(uk, path, pageLanguages(path, languages), "uk", polish);
    expect(chrome.nav).toContainEqual({
      label: UI_STRINGS.uk.hoursAndDepartments,
      href: "/uk/dzialy/",
      current: true,
    });
    expect(chrome.versions.map((version) => version.path)).toEqual([path, `/uk${path}`]);
  });
});
