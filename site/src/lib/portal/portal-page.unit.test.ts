import { statusAt } from "@mops/shared";
import { officeSlugs } from "@mops/shared/fixtures";
import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import {
  categoryIndex,
  municipalityPages,
  NO_PHONE_ON_PORTAL,
  portalView,
  postalCodeIndex,
} from "./portal-page.ts";

const NOW = new Date("2026-11-23T10:00:00+01:00");
const TODAY = "2026-11-23";
const contents = officeSlugs.map(fixtureContent);
const view = portalView(contents, NOW, TODAY);
const bySlug = (slug: string) => view.offices.find((office) => office.slug === slug)!;

describe.each(officeSlugs.map((slug) => [slug]))("the portal's entry of %s", (slug) => {
  const content = fixtureContent(slug);
  const office = bySlug(slug);

  it("is listed once, with the office's name and site", () => {
    expect(view.offices.filter((o) => o.slug === slug)).toHaveLength(1);
    expect([office.name, office.siteUrl]).toEqual([content.office.name, content.office.siteUrl]);
  });

  it("shows the first location's street and the office's phones, else its main reception's", () => {
    const location = content.office.locations[0];
    if (location) expect(office.addressLines.join(" ")).toContain(location.street);
    const published = [...content.office.phones, ...(location?.phones ?? [])].map((p) => p.number);
    if (published.length > 0)
      expect(office.phones.map((phone) => phone.text)).toEqual(published.slice(0, 2));
  });

  it("has a status exactly when the office has a current schedule, at its island index", () => {
    const current = content.schedules.some((s) => !s.validTo || s.validTo >= TODAY);
    expect(office.status !== undefined).toBe(current);
    if (office.status) expect(view.data.schedules[office.status.index]).toBeDefined();
  });

  it("finds the office under each of its postal codes", () => {
    const codes = postalCodeIndex(view.offices);
    for (const code of content.office.areas.flatMap((area) => area.postalCodes))
      expect(codes.find((entry) => entry.name === code)?.offices.map((o) => o.name)).toContain(
        content.office.name,
      );
  });
});

describe("the portal", () => {
  it("says so for Pruszków, which publishes no general phone, and not for Kraśnik", () => {
    expect(bySlug("pruszkow")).toMatchObject({ phones: [], noPhone: NO_PHONE_ON_PORTAL });
    expect(bySlug("krasnik").noPhone).toBeUndefined();
  });

  it("numbers the island's schedules 0, 1, 2… in list order", () => {
    const indexes = view.offices.flatMap((office) => (office.status ? [office.status.index] : []));
    expect(indexes).toEqual(indexes.map((_, i) => i));
    expect(view.data.schedules).toHaveLength(indexes.length);
  });

  it("says Open for Kraśnik's main reception at 10:00 on a Monday, as the engine does", () => {
    const krasnik = bySlug("krasnik");
    const schedule = fixtureContent("krasnik").schedules.find((s) => s.homeOrder === 1)!;
    expect(statusAt(schedule, NOW).state).toBe("open");
    expect(krasnik.status?.word).toBe("Otwarte");
  });

  it("finds Kraśnik by 23-204 and Orzesze by the village of Zawiść", () => {
    expect(postalCodeIndex(view.offices).find((e) => e.name === "23-204")?.offices).toEqual([
      { name: bySlug("krasnik").name, href: "/osrodki/k/#urzad-krasnik" },
    ]);
    const z = municipalityPages(view.offices).find((page) => page.label === "Z");
    expect(z?.key).toBe("z");
    expect(z?.items.find((entry) => entry.name === "Zawiść")).toMatchObject({
      anchor: "zawisc",
      offices: [{ name: bySlug("orzesze").name }],
    });
  });

  it("lists food aid (Kutno: meals) and family benefits by the offices' names", () => {
    const served = (slug: string) =>
      categoryIndex(view.offices)
        .find((entry) => entry.category.slug === slug)
        ?.offices.map((office) => office.slug);
    expect(served("pomoc-zywnosciowa")).toEqual(["krasnik", "kutno", "pruszkow"]);
    expect(served("swiadczenia-rodzinne")).toContain("kutno");
  });
});
