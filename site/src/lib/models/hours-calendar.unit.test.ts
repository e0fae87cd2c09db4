import { polishHolidays } from "@mops/shared";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { fixtureContent, fixtureTranslatedContent } from "../../../test/fixture-content.ts";
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

  it("writes a valid calendar of the public holidays for an office without schedules", () => {
    const text = hoursCalendar(
      { ...fixtureContent("kalisz"), schedules: [] },
      "2026-11-23",
      new Date("2026-11-23T09:00:00Z"),
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
    expect(events.map((event) => [event.startDate.toString(), event.summary])).toEqual(
      polishHolidayRows("2026-11-23", "2027-11-23"),
    );
    expect(events.every((event) => event.startDate.isDate)).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("adds the holidays of the coming year after the schedules' events", () => {
    const text = hoursCalendar(
      fixtureContent("kutno"),
      "2026-11-23",
      new Date("2026-11-23T09:00:00Z"),
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    const allDay = calendar
      .getAllSubcomponents("vevent")
      .map((event) => new ICAL.Event(event))
      .filter((event) => event.startDate.isDate);
    expect(allDay.map((event) => [event.startDate.toString(), event.summary])).toEqual(
      polishHolidayRows("2026-11-23", "2027-11-23"),
    );
  });
});

describe("hoursCalendar in another language", () => {
  const text = hoursCalendar(
    fixtureTranslatedContent("krasnik", "uk")!,
    "2026-11-23",
    new Date("2026-11-23T09:00:00Z"),
    "uk",
  );
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent");

  it("names the calendar and the events in Ukrainian, modes included", () => {
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Графік роботи – МОПС Краснік");
    const summaries = events.map((event) => String(event.getFirstPropertyValue("summary")));
    expect(summaries).toContain(
      "Прийом відвідувачів – Відділ сімейних виплат і аліментного фонду (першочергово для записаних)",
    );
    expect(summaries.some((summary) => summary.includes("pierwszeństwo"))).toBe(false);
  });

  it("gives its events UIDs of their own and marks the Polish holiday names", () => {
    const timed = events.filter((event) => !new ICAL.Event(event).startDate.isDate);
    for (const event of timed) expect(String(event.getFirstPropertyValue("uid"))).toMatch(/-uk@/);
    const holiday = events.find((event) => new ICAL.Event(event).startDate.isDate)!;
    expect(holiday.getFirstProperty("summary")?.getParameter("language")).toBe("pl");
  });
});

/** The holidays between two dates as `[date, name]`, from the shared calendar's year lists. */
function polishHolidayRows(from: string, to: string): [string, string][] {
  return [2026, 2027]
    .flatMap((year) => polishHolidays(year))
    .filter((holiday) => holiday.date >= from && holiday.date <= to)
    .map((holiday) => [holiday.date, holiday.name]);
}
