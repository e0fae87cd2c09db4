import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { holidaysCalendarText, holidaysJsonText } from "./holiday-feeds.ts";

/** Polish public holidays of 2026 and 2027 from the statute, written out independently. */
const EXPECTED: [string, string][] = [
  ["2026-01-01", "Nowy Rok"],
  ["2026-01-06", "Święto Trzech Króli"],
  ["2026-04-05", "Wielkanoc"],
  ["2026-04-06", "Poniedziałek Wielkanocny"],
  ["2026-05-01", "Święto Pracy"],
  ["2026-05-03", "Święto Narodowe Trzeciego Maja"],
  ["2026-05-24", "Zielone Świątki (Zesłanie Ducha Świętego)"],
  ["2026-06-04", "Boże Ciało"],
  ["2026-08-15", "Wniebowzięcie Najświętszej Maryi Panny"],
  ["2026-11-01", "Wszystkich Świętych"],
  ["2026-11-11", "Narodowe Święto Niepodległości"],
  ["2026-12-24", "Wigilia Bożego Narodzenia"],
  ["2026-12-25", "Boże Narodzenie (pierwszy dzień)"],
  ["2026-12-26", "Boże Narodzenie (drugi dzień)"],
  ["2027-01-01", "Nowy Rok"],
  ["2027-01-06", "Święto Trzech Króli"],
  ["2027-03-28", "Wielkanoc"],
  ["2027-03-29", "Poniedziałek Wielkanocny"],
  ["2027-05-01", "Święto Pracy"],
  ["2027-05-03", "Święto Narodowe Trzeciego Maja"],
  ["2027-05-16", "Zielone Świątki (Zesłanie Ducha Świętego)"],
  ["2027-05-27", "Boże Ciało"],
  ["2027-08-15", "Wniebowzięcie Najświętszej Maryi Panny"],
  ["2027-11-01", "Wszystkich Świętych"],
  ["2027-11-11", "Narodowe Święto Niepodległości"],
  ["2027-12-24", "Wigilia Bożego Narodzenia"],
  ["2027-12-25", "Boże Narodzenie (pierwszy dzień)"],
  ["2027-12-26", "Boże Narodzenie (drugi dzień)"],
];

describe.each([
  ["the first day of the year", "2026-01-01"],
  ["the last day of the year", "2026-12-31"],
])("holiday feeds built on %s", (_name, today) => {
  it("lists this and next year's holidays as JSON", () => {
    const json = JSON.parse(holidaysJsonText(today));
    expect(json.years).toEqual([2026, 2027]);
    expect(json.holidays.map((h: { date: string; name: string }) => [h.date, h.name])).toEqual(
      EXPECTED,
    );
  });

  it("lists them as all-day iCalendar events that ical.js reads", () => {
    const text = holidaysCalendarText("http://kutno.localhost:4321/", today, new Date(0));
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
    expect(events.map((event) => [event.startDate.toString(), event.summary])).toEqual(EXPECTED);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.compare(event.startDate)).toBe(1);
      expect(event.uid).toMatch(/@kutno\.localhost:4321$/);
    }
    for (const line of text.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
