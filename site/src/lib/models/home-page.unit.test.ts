import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { alertActive, homePage, receptionSchedules } from "./home-page.ts";

const NOW = new Date("2026-11-23T10:00:00+01:00");
const TODAY = "2026-11-23";

describe("alertActive", () => {
  it.each([
    { validFrom: undefined, validTo: undefined, active: true },
    { validFrom: "2026-11-01T00:00:00+01:00", validTo: "2026-12-31T23:59:59+01:00", active: true },
    { validFrom: "2026-11-23T10:00:01+01:00", validTo: undefined, active: false },
    { validFrom: undefined, validTo: "2026-11-23T09:59:59+01:00", active: false },
    { validFrom: "2021-06-07T00:00:00+02:00", validTo: "2021-12-31T23:59:59+01:00", active: false },
  ])("$validFrom … $validTo at the build instant: $active", ({ validFrom, validTo, active }) => {
    expect(alertActive({ validFrom, validTo }, NOW)).toBe(active);
  });
});

describe("homePage", () => {
  it("hides Kutno's 2021 notice at a 2026 build and shows it at a 2021 build", () => {
    const kutno = fixtureContent("kutno");
    expect(homePage(kutno, NOW, TODAY).alerts).toEqual([]);
    const in2021 = homePage(kutno, new Date("2021-06-08T08:00:00+02:00"), "2021-06-08");
    expect(in2021.alerts.map((alert) => [alert.level, alert.title])).toEqual([
      ["info", "Komunikat w sprawie obsługi interesantów"],
    ]);
    expect(in2021.alerts[0]?.bodyHtml).toMatch(/^<p>Od wtorku 08\.06\.2021/);
  });

  it("lists Kutno's departments' receptions for the open-now island with their regular hours", () => {
    const view = homePage(fixtureContent("kutno"), NOW, TODAY);
    expect(view.openNow?.entries.map((entry) => entry.label)).toEqual([
      "Dział Dodatków Mieszkaniowych",
      "Dział Pomocy Środowiskowej",
      "Dział Świadczeń Rodzinnych i Alimentacyjnych",
    ]);
    expect(view.openNow?.entries[1]?.lines).toContain("środa: nieczynne");
    expect(view.openNow?.data.schedules).toHaveLength(3);
    expect(view.openNow?.data.holidays).toContain("2026-12-25");
  });

  it("puts Kraśnik's general office hours first and links them to the contact page", () => {
    const [first] = receptionSchedules(fixtureContent("krasnik"));
    expect(first?.label).toBe("Sprawy z zakresu pomocy społecznej");
    expect(first?.tableHref).toMatch(/^\/kontakt\/#godziny-/);
  });

  it("shows only active programmes and the three latest posts", () => {
    const view = homePage(fixtureContent("krasnik"), NOW, TODAY);
    expect(view.programmes.map((programme) => programme.href)).toEqual([
      "/programy/pomoc-zywnosciowa/",
    ]);
    expect(view.news).toHaveLength(3);
    expect(view.news.map((item) => item.dateIso)).toEqual(
      [...view.news.map((item) => item.dateIso)].sort().reverse(),
    );
  });
});
