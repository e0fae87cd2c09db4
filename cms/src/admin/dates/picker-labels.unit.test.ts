import { afterAll, describe, expect, it } from "vitest";
import { dateTimeValue, dateValue, PICKER_LABELS, timeOfDay } from "./picker-labels";

// In Warsaw a local midnight is the previous day in UTC: the case where a naive
// `toISOString()` stores the wrong day. Set before the tables below build their dates.
const zone = process.env.TZ;
process.env.TZ = "Europe/Warsaw";
afterAll(() => {
  process.env.TZ = zone;
});

describe("dateValue", () => {
  it.each([
    ["local midnight in winter", new Date(2027, 0, 15), "2027-01-15"],
    ["local midnight in summer", new Date(2027, 6, 1), "2027-07-01"],
    ["late evening", new Date(2027, 11, 31, 23, 59), "2027-12-31"],
    ["the day after the spring change", new Date(2027, 2, 29), "2027-03-29"],
  ])("stores the chosen day, %s", (_name, chosen, stored) => {
    expect(dateValue(chosen)).toBe(stored);
  });
});

describe("dateTimeValue", () => {
  it.each([
    ["a winter morning", new Date(2027, 0, 15), "09:30", "2027-01-15T08:30:00.000Z"],
    ["a summer evening", new Date(2027, 6, 1, 13, 0), "21:05", "2027-07-01T19:05:00.000Z"],
    ["midnight", new Date(2027, 6, 1, 13, 0), "00:00", "2027-06-30T22:00:00.000Z"],
  ])("keeps the day and sets the time, %s", (_name, day, time, stored) => {
    expect(dateTimeValue(day, time)).toBe(stored);
    expect(timeOfDay(new Date(stored))).toBe(time);
  });

  it("holds nothing without a day", () => {
    expect(dateTimeValue(undefined, "09:00")).toBeNull();
  });
});

describe("PICKER_LABELS", () => {
  it.each(Object.entries(PICKER_LABELS))("names %s in Polish", (_key, label) => {
    expect(label).not.toMatch(/\b(Choose|Clear|Month|Year|date|time)\b/);
    expect(label).toMatch(/^[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż ]+$/);
  });
});
