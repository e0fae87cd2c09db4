import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { noContactNotice } from "./contact-fallback.ts";
import { alertActive, DEFAULT_HOME_NEWS_MAX_AGE_DAYS, homeNews, homePage } from "./home-page.ts";
import { NO_PHONE, OFFICE_PHONE_LABEL } from "./reception.ts";

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

  it.each([
    {
      slug: "kutno",
      places: [
        "Dział Świadczeń Rodzinnych i Alimentacyjnych",
        "Dział Pomocy Środowiskowej",
        "Dział Dodatków Mieszkaniowych",
        "Centrum Seniora",
      ],
      first: ["Przyjęcia interesantów", "poniedziałek – wtorek, czwartek – piątek: 10:00–14:00"],
    },
    {
      slug: "krasnik",
      places: [
        "MOPS Kraśnik",
        "Dział świadczeń rodzinnych i funduszu alimentacyjnego",
        "Stypendia szkolne",
      ],
      first: ["Sprawy z zakresu pomocy społecznej", "poniedziałek – piątek: 7:00–15:00"],
    },
    {
      slug: "pruszkow",
      places: [
        "Świadczenia rodzinne, alimentacyjne i wychowawcze",
        "Punkt Przeciwdziałania Przemocy",
        "Wolontariat – pomoc w zakupach",
      ],
      first: ["Godziny urzędowania", "poniedziałek: 10:30–17:00"],
    },
    {
      slug: "orzesze",
      places: ["MOPS Orzesze"],
      first: ["Godziny urzędowania", "poniedziałek – piątek: 7:30–15:30"],
    },
  ] as const)(
    "$slug: the main reception first, every current schedule under its place",
    ({ slug, places, first }) => {
      const view = homePage(fixtureContent(slug), NOW, TODAY);
      const groups = view.openNow?.groups ?? [];
      expect(groups.map((group) => group.place?.name)).toEqual(places);
      const entry = groups[0]?.entries[0];
      expect([entry?.label, entry?.week[0]?.hours]).toEqual(first);
      expect(view.openNow?.data.schedules).toHaveLength(
        groups.reduce((count, group) => count + group.entries.length, 0),
      );
      expect(view.openNow?.data.holidays).toContain("2026-12-25");
    },
  );

  it("names each of Pruszków's duty hours by its own label, under the Punkt with its phone", () => {
    const punkt = homePage(fixtureContent("pruszkow"), NOW, TODAY).openNow?.groups[1];
    expect(punkt?.entries.map((entry) => entry.label)).toEqual([
      "Dyżur konsultanta ds. przeciwdziałania przemocy",
      "Dyżur prawnika",
      "Dyżur konsultanta ds. przeciwdziałania narkomanii",
      "Dyżur psychologa",
    ]);
    expect(punkt?.place?.addressLines).toEqual(["ul. Jasna 3", "Pruszków"]);
    expect(punkt?.place?.phones[0]).toMatchObject({
      text: "22 728 44 97",
      href: "tel:+48227284497",
    });
  });

  it("says so when no phone is published: Pruszków's benefits desk offers the visit at its address", () => {
    const desk = homePage(fixtureContent("pruszkow"), NOW, TODAY).openNow?.groups[0]?.place;
    expect(desk?.phones).toEqual([]);
    expect(desk?.noPhone).toBe(NO_PHONE.address);
    expect(desk?.addressLines).toEqual(["ul. Helenowska 3a", "05-804 Pruszków"]);
  });

  it("gives Kutno's departments without numbers of their own the office's, saying whose", () => {
    const [desk] = homePage(fixtureContent("kutno"), NOW, TODAY).openNow?.groups ?? [];
    expect(desk?.place?.phones).toEqual([
      { text: "24/2537847", href: "tel:+48242537847", label: OFFICE_PHONE_LABEL },
      { text: "24/2534446", href: "tel:+48242534446", label: OFFICE_PHONE_LABEL },
    ]);
  });

  it("leaves Kraśnik's ended Wspieraj Seniora hours out and tells Kalisz's residents there is no phone", () => {
    const labels = homePage(fixtureContent("krasnik"), NOW, TODAY).openNow?.groups.flatMap(
      (group) => group.entries.map((entry) => entry.label),
    );
    expect(labels).not.toContain(
      "Przyjmowanie zgłoszeń do Solidarnościowego Korpusu Wsparcia Seniorów",
    );
    const kalisz = homePage(fixtureContent("kalisz"), NOW, TODAY);
    expect(kalisz.openNow).toBeUndefined();
    expect(kalisz.noContact).toBe(noContactNotice);
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
