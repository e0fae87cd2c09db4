import { describe, expect, it } from "vitest";
import {
  errorAt,
  type FormHours,
  type FormRule,
  hoursErrors,
  hoursSummary,
  keyAfter,
  newException,
  newRule,
  newSeason,
  patchItem,
  removeItem,
  statusText,
  timeText,
  timeValue,
} from "./hours-form";

const days = (on: string[]): Partial<FormRule> =>
  Object.fromEntries(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map((d) => [
      d,
      on.includes(d),
    ]),
  );

const range = (on: string[], opens: string, closes: string): FormRule => ({
  ...days(on),
  opens,
  closes,
  mode: "in_person",
  note: null,
});

const kutnoDays = ["monday", "tuesday", "thursday", "friday"];
/** Kutno's Dział Pomocy Środowiskowej, as the form holds it. */
const kutno: FormHours = {
  rules: [
    range(kutnoDays, "09:00:00.000", "11:00:00.000"),
    range(kutnoDays, "13:00:00.000", "14:00:00.000"),
  ],
  seasons: [],
  exceptions: [],
  validFrom: null,
  validTo: null,
  closedOnHolidays: true,
};

describe("times", () => {
  it.each([
    ["09:00:00.000", "9:00"],
    ["13:30:00", "13:30"],
    ["9:0", "9:0"],
    [null, ""],
  ])("stored %j reads %j", (stored, shown) => {
    expect(timeText(stored)).toBe(shown);
  });

  it.each([
    ["9:00", "09:00:00.000"],
    ["9.30", "09:30:00.000"],
    [" 13:00 ", "13:00:00.000"],
    ["", null],
    ["9", "9"],
    ["25:00", "25:00:00.000"],
  ])("typed %j is stored as %j", (typed, stored) => {
    expect(timeValue(typed)).toBe(stored);
  });
});

describe("edits", () => {
  it.each([
    [undefined, "a0"],
    ["a1", "a1V"],
  ])("a key after %j is %j and sorts after it", (last, key) => {
    expect(keyAfter(last)).toBe(key);
    if (last) expect(key > last).toBe(true);
  });

  it("adds a weekday range after the last one, and an exception as a closure", () => {
    const rule = newRule([{ __temp_key__: "a3" }]);
    expect(rule).toMatchObject({ __temp_key__: "a3V", monday: true, sunday: false });
    expect(newException([], "2026-12-24")).toMatchObject({ from: "2026-12-24", closed: true });
  });

  it("adds a season after the last one: the summer holidays, valid with no hours yet", () => {
    const season = newSeason([{ __temp_key__: "a0" }]);
    expect(season).toMatchObject({
      __temp_key__: "a0V",
      fromMonthDay: "07-01",
      toMonthDay: "08-31",
      rules: [],
    });
    expect(hoursErrors({ ...kutno, seasons: [season] })).toEqual([]);
  });

  it("patches and removes one item, leaving the rest", () => {
    const rules = kutno.rules ?? [];
    const patched = patchItem(rules, 1, { wednesday: true });
    expect(patched[1]!.wednesday).toBe(true);
    expect(patched[0]).toBe(rules[0]);
    expect(removeItem(rules, 0)).toEqual([rules[1]]);
  });
});

describe("summary", () => {
  it("reads Kutno's week as the site writes it, Wednesday closed", () => {
    expect(hoursSummary(kutno)).toEqual([
      "poniedziałek – wtorek, czwartek – piątek: 9:00–11:00 i 13:00–14:00",
      "środa: nieczynne",
    ]);
  });

  it("adds seasons and exceptions", () => {
    const summary = hoursSummary({
      ...kutno,
      seasons: [
        {
          label: "lipiec – sierpień",
          fromMonthDay: "07-01",
          toMonthDay: "08-31",
          rules: [range(["monday"], "08:00", "12:00")],
        },
      ],
      exceptions: [{ from: "2026-12-24", to: null, closed: true, reason: "Wigilia" }],
    });
    expect(summary[0]).toMatch(/^w pozostałym okresie, poniedziałek – wtorek/);
    expect(summary).toContain("lipiec – sierpień, poniedziałek: 8:00–12:00");
    expect(summary.at(-1)).toMatch(/^24 grudnia 2026.*: nieczynne \(Wigilia\)$/);
  });
});

describe("errors", () => {
  it("has none for Kutno", () => {
    expect(hoursErrors(kutno)).toEqual([]);
  });

  it.each([
    ["a range that closes before it opens", range(["monday"], "14:00:00.000", "13:00:00.000")],
    ["an unreadable time", range(["monday"], "9", "13:00:00.000")],
  ])("reports %s in Polish at its rule", (_, bad) => {
    const errors = hoursErrors({ ...kutno, rules: [bad] });
    expect(errors.length).toBeGreaterThan(0);
    expect(errorAt(errors, "rules[0]")).toMatch(/^Reguła 1: /);
    expect(hoursSummary({ ...kutno, rules: [bad] })).toEqual([]);
  });

  it.each([
    [
      "a season's range that closes before it opens",
      { rules: [range(["monday"], "14:00:00.000", "13:00:00.000")] },
      "seasons[0].rules[0]",
    ],
    ["a season's day that is not MM-DD", { fromMonthDay: "7.01" }, "seasons[0].fromMonthDay"],
  ])("reports %s at the season's field", (_, patch, path) => {
    const season = { ...newSeason([]), ...patch };
    const errors = hoursErrors({ ...kutno, seasons: [season] });
    expect(errorAt(errors, path)).toBeDefined();
    expect(hoursErrors({ ...kutno, seasons: [newSeason([])] })).toEqual([]);
  });

  it("reports overlapping ranges of one day", () => {
    const errors = hoursErrors({
      ...kutno,
      rules: [
        range(["monday"], "09:00:00.000", "12:00:00.000"),
        range(["monday"], "11:00:00.000", "14:00:00.000"),
      ],
    });
    expect(errors.map((e) => e.path).join()).toMatch(/rules\[\d\]/);
  });
});

describe("open now", () => {
  // 2026-12-07 is a Monday, 2026-12-09 a Wednesday, 2026-12-25 Christmas Day (a Friday).
  it.each([
    ["2026-12-07", "10:00", "otwarte do 11:00"],
    ["2026-12-07", "12:00", /^nieczynne – otwarcie dziś o 13:00$/],
    ["2026-12-09", "10:00", /^dziś nieczynne – otwarcie jutro o 9:00$/],
    ["2026-12-25", "10:00", /^dziś nieczynne \(.+\) – otwarcie w poniedziałek o 9:00$/],
  ])("on %s at %s: %s", (date, time, expected) => {
    const text = statusText(kutno, date, time);
    if (typeof expected === "string") expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });

  it.each([
    ["2026-12-07", "25:00"],
    ["7.12.2026", "10:00"],
  ])("has no answer for %s %s", (date, time) => {
    expect(statusText(kutno, date, time)).toBeUndefined();
  });
});
