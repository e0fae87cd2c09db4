import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { hoursCalendar, mergeCalendars } from "./hours-calendar.ts";

const count = (text: string, line: string) => text.split("\r\n").filter((l) => l === line).length;

describe("mergeCalendars", () => {
  it("keeps one header, names it and joins the events", () => {
    const calendar = (event: string) =>
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        `X-WR-CALNAME:Godziny ${event} – bardzo długa nazwa, która nie mieści się w jednym wierszu`.replace(
          /(.{60})/,
          "$1\r\n ",
        ),
        "BEGIN:VTIMEZONE",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        `UID:${event}`,
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n");
    const merged = mergeCalendars([calendar("a"), calendar("b")], "Godziny – MOPS Kutno");
    expect(merged.split("\r\n")).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "X-WR-CALNAME:Godziny – MOPS Kutno",
      "BEGIN:VTIMEZONE",
      "END:VTIMEZONE",
      "BEGIN:VEVENT",
      "UID:a",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:b",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });
});

describe("hoursCalendar", () => {
  it("puts all of Kutno's schedules for the coming year into one calendar", () => {
    const text = hoursCalendar(
      fixtureContent("kutno"),
      "2026-11-23",
      new Date("2026-11-23T09:00:00Z"),
    );
    expect(count(text, "BEGIN:VCALENDAR")).toBe(1);
    expect(count(text, "BEGIN:VTIMEZONE")).toBe(1);
    expect(count(text, "BEGIN:VEVENT")).toBeGreaterThanOrEqual(4);
    expect(text).toContain("Dział Pomocy Środowiskowej");
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain("X-WR-CALNAME:Godziny urzędowania i przyjęć – MOPS Kutno\r\n");
    expect(count(unfolded, "X-WR-CALNAME:Godziny urzędowania i przyjęć – MOPS Kutno")).toBe(1);
    expect(text).toContain("DTSTAMP:20261123T090000Z");
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("writes an empty calendar for an office without schedules", () => {
    const text = hoursCalendar(
      { ...fixtureContent("kalisz"), schedules: [] },
      "2026-11-23",
      new Date(),
    );
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:[^\r]+\r\nEND:VCALENDAR\r\n$/);
  });
});
