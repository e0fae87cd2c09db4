import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOfIsoDate, weekdayIndex } from "../calendar/days.ts";
import {
  polishHolidayCalendar,
  polishHolidayMap,
  polishHolidays,
  saturdayHolidays,
} from "./polish.ts";

/** Easter Sunday 2025–2035 (published tables); the other moveable feasts follow from it. */
const EASTER: Record<number, string> = {
  2025: "04-20",
  2026: "04-05",
  2027: "03-28",
  2028: "04-16",
  2029: "04-01",
  2030: "04-21",
  2031: "04-13",
  2032: "03-28",
  2033: "04-17",
  2034: "04-09",
  2035: "03-25",
};

/** Moveable feasts 2025–2035: [Easter Monday, Pentecost Sunday, Corpus Christi]. */
const MOVEABLE: Record<number, [string, string, string]> = {
  2025: ["04-21", "06-08", "06-19"],
  2026: ["04-06", "05-24", "06-04"],
  2027: ["03-29", "05-16", "05-27"],
  2028: ["04-17", "06-04", "06-15"],
  2029: ["04-02", "05-20", "05-31"],
  2030: ["04-22", "06-09", "06-20"],
  2031: ["04-14", "06-01", "06-12"],
  2032: ["03-29", "05-16", "05-27"],
  2033: ["04-18", "06-05", "06-16"],
  2034: ["04-10", "05-28", "06-08"],
  2035: ["03-26", "05-13", "05-24"],
};

const FIXED = [
  "01-01",
  "01-06",
  "05-01",
  "05-03",
  "08-15",
  "11-01",
  "11-11",
  "12-24",
  "12-25",
  "12-26",
];

describe("polishHolidays", () => {
  it.each(Object.keys(EASTER).map(Number))("lists the 14 statutory holidays of %i", (year) => {
    const expected = [...FIXED, EASTER[year]!, ...MOVEABLE[year]!]
      .map((md) => `${year}-${md}`)
      .sort();
    expect(polishHolidays(year).map((h) => h.date)).toEqual(expected);
  });

  it.each([
    [2024, 13, false],
    [2025, 14, true],
    [2010, 12, false],
  ])("in %i has %i holidays (24 December: %s)", (year, count, christmasEve) => {
    const dates = polishHolidays(year).map((h) => h.date);
    expect(dates).toHaveLength(count);
    expect(dates.includes(`${year}-12-24`)).toBe(christmasEve);
  });

  it("names the holidays in Polish", () => {
    const names = new Map(polishHolidays(2026).map((h) => [h.date, h.name]));
    expect(names.get("2026-06-04")).toBe("Boże Ciało");
    expect(names.get("2026-04-05")).toBe("Wielkanoc");
    expect(names.get("2026-11-11")).toBe("Narodowe Święto Niepodległości");
  });

  it("puts Easter on a Sunday in March or April and Corpus Christi on a Thursday, for any year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2300 }), (year) => {
        const holidays = new Map(polishHolidays(year).map((h) => [h.name, h.date]));
        const easter = holidays.get("Wielkanoc")!;
        expect(weekdayIndex(dayOfIsoDate(easter))).toBe(6);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
        expect(weekdayIndex(dayOfIsoDate(holidays.get("Boże Ciało")!))).toBe(3);
        expect(
          weekdayIndex(dayOfIsoDate(holidays.get("Zielone Świątki (Zesłanie Ducha Świętego)")!)),
        ).toBe(6);
      }),
    );
  });
});

describe("holiday lookups", () => {
  it("answers for any year through the default calendar", () => {
    expect(polishHolidayCalendar.has("2031-04-14")).toBe(true);
    expect(polishHolidayCalendar.has("2031-04-15")).toBe(false);
    expect(polishHolidayCalendar.get?.("2027-12-24")).toBe("Wigilia Bożego Narodzenia");
  });

  it("precomputes a range of years", () => {
    const map = polishHolidayMap(2025, 2027);
    expect(map.size).toBe(42);
    expect(map.get("2027-05-27")).toBe("Boże Ciało");
  });

  it.each([
    [2026, ["2026-08-15", "2026-12-26"]],
    [2027, ["2027-05-01", "2027-12-25"]],
  ])("finds the holidays of %i that fall on a Saturday", (year, dates) => {
    expect(saturdayHolidays(year).map((h) => h.date)).toEqual(dates);
  });
});
