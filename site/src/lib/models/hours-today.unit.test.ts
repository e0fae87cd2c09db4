import { dayOfIsoDate, isoDateOfDay, weekdayIndex } from "@mops/shared";
import { describe, expect, it } from "vitest";
import { dayOfWeek, todayCell } from "./hours-today.ts";

/** Oracle: the shared calendar's day numbers (0 = Monday), a different computation from Date. */
const expectedDay = (date: string) => (weekdayIndex(dayOfIsoDate(date)) + 1) % 7;

describe("dayOfWeek", () => {
  const start = dayOfIsoDate("2023-12-25");
  const dates = Array.from({ length: 800 }, (_, offset) => isoDateOfDay(start + offset));
  it.each(dates.filter((_, index) => index % 37 === 0))("%s", (date) => {
    expect(dayOfWeek(date)).toBe(expectedDay(date));
  });
  it("agrees with the shared calendar on every day of two years", () => {
    const wrong = dates.filter((date) => dayOfWeek(date) !== expectedDay(date));
    expect(wrong).toEqual([]);
  });
});

describe("todayCell", () => {
  const summer = { from: "07-01", to: "08-31" };
  const winter = { from: "12-20", to: "01-10" };
  describe.each([
    { name: "regular week", spans: [{}, summer], date: "2026-06-30", table: 0 },
    { name: "first day of a season", spans: [{}, summer], date: "2026-07-01", table: 1 },
    { name: "last day of a season", spans: [{}, summer], date: "2026-08-31", table: 1 },
    { name: "season across New Year, December", spans: [{}, winter], date: "2026-12-24", table: 1 },
    { name: "season across New Year, January", spans: [{}, winter], date: "2027-01-10", table: 1 },
    { name: "after the season across New Year", spans: [{}, winter], date: "2027-01-11", table: 0 },
    { name: "seasons only, outside them", spans: [summer], date: "2026-11-23", table: -1 },
  ])("$name", ({ spans, date, table }) => {
    it(`is table ${table}`, () => {
      const cell = todayCell({ spans }, date);
      expect(cell?.table ?? -1).toBe(table);
      if (cell) expect(cell.day).toBe(expectedDay(date));
    });
  });

  it.each([
    { validFrom: "2026-11-24", validTo: undefined },
    { validFrom: undefined, validTo: "2026-11-22" },
  ])("is nothing outside the validity $validFrom–$validTo", (validity) => {
    expect(todayCell({ spans: [{}], ...validity }, "2026-11-23")).toBeUndefined();
  });
});
