import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import {
  alertActive,
  DEFAULT_HOME_NEWS_MAX_AGE_DAYS,
  homeNews,
  homePage,
  receptionSchedules,
} from "./home-page.ts";

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

  it("shows only active programmes and the three latest posts no older than the limit", () => {
    const krasnik = fixtureContent("krasnik");
    const view = homePage(krasnik, NOW, TODAY, 10_000);
    expect(view.programmes.map((programme) => programme.href)).toEqual([
      "/programy/pomoc-zywnosciowa/",
    ]);
    // Kraśnik's posts are from 2020: gone from the home page at the default age.
    expect(homePage(krasnik, NOW, TODAY).news).toEqual([]);
    expect(view.news).toHaveLength(3);
    expect(view.news.map((item) => item.dateIso)).toEqual(
      [...view.news.map((item) => item.dateIso)].sort().reverse(),
    );
  });
});

describe("homeNews", () => {
  const post = (slug: string, date: string) =>
    ({ slug, date }) as unknown as Parameters<typeof homeNews>[0][number];
  const now = new Date("2026-11-23T10:00:00+01:00");
  const posts = [
    post("a-year-ago", "2025-11-23T10:00:00+01:00"),
    post("a-year-and-a-day-ago", "2025-11-22T10:00:00+01:00"),
    post("yesterday", "2026-11-22T10:00:00+01:00"),
    post("last-month", "2026-10-23T10:00:00+02:00"),
    post("last-week", "2026-11-16T10:00:00+01:00"),
  ];
  it.each([
    { maxAge: undefined, slugs: ["yesterday", "last-week", "last-month"] },
    { maxAge: 10, slugs: ["yesterday", "last-week"] },
    { maxAge: 1, slugs: ["yesterday"] },
  ])("at most three, newest first, none older than $maxAge days", ({ maxAge, slugs }) => {
    expect(homeNews(posts, now, maxAge).map((item) => item.slug)).toEqual(slugs);
  });

  it("keeps a post exactly the default age old and drops one a day older", () => {
    const old = posts.filter((item) => item.slug.startsWith("a-year"));
    expect(homeNews(old, now, DEFAULT_HOME_NEWS_MAX_AGE_DAYS).map((item) => item.slug)).toEqual([
      "a-year-ago",
    ]);
  });
});
