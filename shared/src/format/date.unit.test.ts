import { describe, expect, it } from "vitest";
import { formatTime } from "../calendar/clock.ts";
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatMonthDayRange,
  formatShortDate,
} from "./date.ts";

describe("dates", () => {
  it.each([
    ["2021-06-07", "7 czerwca 2021"],
    ["2020-12-31", "31 grudnia 2020"],
    ["2017-12-05T08:06:48.000Z", "5 grudnia 2017"],
    ["2021-06-07T22:30:00.000Z", "8 czerwca 2021"],
  ])("formatDate(%s) is %s", (value, text) => {
    expect(formatDate(value)).toBe(text);
  });

  it.each([
    ["2017-12-05T08:06:48.000Z", "5 grudnia 2017, 9:06"],
    ["2021-06-07T05:30:00.000Z", "7 czerwca 2021, 7:30"],
    ["2025-03-30T01:00:00.000Z", "30 marca 2025, 3:00"],
  ])("formatDateTime(%s) is %s in Warsaw time", (value, text) => {
    expect(formatDateTime(value)).toBe(text);
  });

  it("writes short dates as offices do", () => {
    expect(formatShortDate("2021-06-08")).toBe("08.06.2021");
  });

  it.each([
    ["2019-10-01", "2020-10-31", "1 października 2019 – 31 października 2020"],
    ["2020-07-01", "2020-08-31", "1 lipca – 31 sierpnia 2020"],
    ["2020-07-01", "2020-07-31", "1 – 31 lipca 2020"],
    ["2020-07-01", undefined, "od 1 lipca 2020"],
    [undefined, "2020-12-31", "do 31 grudnia 2020"],
    ["2020-07-01", "2020-07-01", "1 lipca 2020"],
  ])("formatDateRange(%s, %s) is %s", (from, to, text) => {
    expect(formatDateRange(from, to)).toBe(text);
  });

  it.each([
    ["07-01", "08-31", "1 lipca – 31 sierpnia"],
    ["07-01", "07-31", "1 – 31 lipca"],
    ["12-15", "01-15", "15 grudnia – 15 stycznia"],
    ["02-29", "02-29", "29 lutego"],
  ])("formatMonthDayRange(%s, %s) is %s", (from, to, text) => {
    expect(formatMonthDayRange(from, to)).toBe(text);
  });

  it.each([
    ["07:30", "7:30"],
    ["10:00", "10:00"],
    ["00:15", "0:15"],
  ])("formatTime(%s) is %s", (time, text) => {
    expect(formatTime(time)).toBe(text);
  });
});
