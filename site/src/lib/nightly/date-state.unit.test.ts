import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { dateStateOptionsFrom, kindOf, officeDateState } from "./date-state.ts";

/** 00:05 Warsaw time on a date: when the nightly run decides. */
const night = (date: string) => new Date(`${date}T00:05:00+01:00`);
const stateOf = (slug: "kutno" | "krasnik" | "kalisz", date: string, newsMaxAgeDays?: number) =>
  officeDateState(
    { pl: fixtureContent(slug) },
    night(date),
    newsMaxAgeDays ? { newsMaxAgeDays } : {},
  );

describe("officeDateState", () => {
  it.each([
    ["kutno", "2026-12-01", "2026-12-02"],
    ["krasnik", "2026-12-08", "2026-12-09"],
    ["kalisz", "2026-12-03", "2026-12-04"],
  ] as const)("%s: equal on %s and %s (the day of the week is not a state)", (slug, a, b) => {
    expect(stateOf(slug, b)).toEqual(stateOf(slug, a));
  });

  it("is the same for the same content and instant, and differs when the content does", () => {
    const content = fixtureContent("kutno");
    const first = officeDateState({ pl: content }, night("2026-12-03"));
    expect(officeDateState({ pl: fixtureContent("kutno") }, night("2026-12-03"))).toEqual(first);
    content.office.name = "Inna nazwa";
    const renamed = officeDateState({ pl: content }, night("2026-12-03"));
    expect(renamed.content).not.toBe(first.content);
    expect(renamed.states).toEqual(first.states);
  });

  it("counts translations: their content and their states", () => {
    const pl = fixtureContent("kutno");
    const withUk = officeDateState({ pl, uk: fixtureContent("kutno") }, night("2026-12-03"));
    const alone = officeDateState({ pl }, night("2026-12-03"));
    expect(withUk.content).not.toBe(alone.content);
    expect(withUk.states['alert "Komunikat w sprawie obsługi interesantów" [uk]']).toBe("hidden");
  });

  describe.each([
    // The seed's own dates: Kutno's alert (7 June – 31 December 2021), Kraśnik's programme and
    // schedules that end on 31 December 2020.
    {
      slug: "kutno",
      key: 'alert "Komunikat w sprawie obsługi interesantów"',
      dates: ["2021-06-06", "2021-06-07", "2021-12-31", "2022-01-01"],
      values: ["hidden", "shown", "shown", "hidden"],
    },
  ] as const)("$key of $slug", ({ slug, key, dates, values }) => {
    it.each(dates.map((date, index) => [date, values[index]]))("on %s: %s", (date, value) => {
      expect(stateOf(slug, date).states[key]).toBe(value);
    });
  });

  it("changes the dated items when a holiday leaves the feeds' windows", () => {
    // 6 January (Epiphany) is inside the windows on the 6th and has left them on the 7th.
    const [before, after] = [stateOf("kutno", "2027-01-06"), stateOf("kutno", "2027-01-07")];
    const changed = Object.keys(after.states).filter((k) => after.states[k] !== before.states[k]);
    expect(changed).toEqual(['dated items "next 90 days"', 'dated items "next 365 days"']);
  });

  it("changes the holiday year on 1 January", () => {
    const [before, after] = [stateOf("kutno", "2026-12-31"), stateOf("kutno", "2027-01-01")];
    expect([before.states["holiday year"], after.states["holiday year"]]).toEqual(["2026", "2027"]);
  });

  it("lists the home page's news by HOME_NEWS_MAX_AGE_DAYS", () => {
    // Kraśnik's newest seed posts are of 17, 21, 23, 24 and 25 November 2020 (noon); the home
    // page shows at most three.
    const titles = (days: number) =>
      JSON.parse(stateOf("krasnik", "2021-01-01", days).states["home news"] ?? "[]");
    expect(titles(60)).toHaveLength(3);
    expect(titles(38)).toEqual(titles(60).slice(0, 2));
    expect(titles(1)).toEqual([]);
    expect(dateStateOptionsFrom({ HOME_NEWS_MAX_AGE_DAYS: "30" })).toEqual({ newsMaxAgeDays: 30 });
    expect(dateStateOptionsFrom({})).toEqual({});
  });
});

describe("kindOf", () => {
  it.each([
    ['alert "Kasa"', "alert"],
    ['service status "Dział" [uk]', "service status"],
    ["home news [en]", "home news"],
    ["holiday year", "holiday year"],
    ["unknown", undefined],
  ])("%s → %s", (key, kind) => {
    expect(kindOf(key)).toBe(kind);
  });
});
