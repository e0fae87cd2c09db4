import "../../test-support/warsaw-process-time.ts";
import ICAL from "ical.js";
import opening_hours from "opening_hours";
import { describe, expect, it } from "vitest";
import { suggestHhmm } from "../calendar/clock.ts";
import { toICalendar } from "../export/icalendar.ts";
import { toOsmOpeningHours } from "../export/osm.ts";
import { toSchemaOrgHours } from "../export/schema-org.ts";
import { validateSchedule } from "../rules/schedule.ts";
import { ScheduleError } from "../schemas/errors.ts";
import { scheduleHoursSchema, strapiRuleSchema } from "../schemas/schedule.ts";
import { dayHours, InvalidInstantError, nextOpening, statusAt } from "./index.ts";

/** Mon–Fri 8:00–16:00, closed for "urlop" 3–14 August 2026 except a duty day on the 5th. */
const holidayWithDutyDay = scheduleHoursSchema.parse({
  rules: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "08:00", closes: "16:00" }],
  exceptions: [
    { from: "2026-08-03", to: "2026-08-14", closed: true, reason: "urlop" },
    { from: "2026-08-05", opens: "09:00", closes: "12:00", reason: "dyżur" },
  ],
});

describe("an open exception inside a longer closed exception wins", () => {
  it.each([
    ["2026-08-04T10:00:00+02:00", "closed"],
    ["2026-08-05T08:30:00+02:00", "closed"],
    ["2026-08-05T10:00:00+02:00", "open"],
    ["2026-08-05T12:00:00+02:00", "closed"],
    ["2026-08-06T10:00:00+02:00", "closed"],
    ["2026-08-17T10:00:00+02:00", "open"],
  ])("at %s the engine says %s", (at, state) => {
    expect(statusAt(holidayWithDutyDay, Date.parse(at)).state).toBe(state);
  });

  it("shows the duty day's hours and finds it as the next opening", () => {
    expect(dayHours(holidayWithDutyDay, "2026-08-05").ranges).toEqual([
      { opens: "09:00", closes: "12:00", mode: "in_person", note: "dyżur" },
    ]);
    expect(nextOpening(holidayWithDutyDay, Date.parse("2026-08-03T09:00:00+02:00"))).toMatchObject({
      date: "2026-08-05",
      time: "09:00",
    });
  });

  it("is kept by the iCalendar, OSM and schema.org exports", () => {
    const ics = toICalendar(holidayWithDutyDay, { from: "2026-08-01", to: "2026-08-20" });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const starts = calendar
      .getAllSubcomponents("vevent")
      .map((event) => String(event.getFirstPropertyValue("dtstart")));
    expect(starts).toContain("2026-08-05T09:00:00");
    const oh = new opening_hours(toOsmOpeningHours(holidayWithDutyDay, { from: "2026-01-01" }), {
      lat: 52.23,
      lon: 21.01,
      address: { country_code: "pl", state: "" },
    });
    expect(oh.getState(new Date("2026-08-05T10:00:00+02:00"))).toBe(true);
    expect(oh.getState(new Date("2026-08-06T10:00:00+02:00"))).toBe(false);
    const specs = toSchemaOrgHours([holidayWithDutyDay], {
      from: "2026-08-01",
      to: "2026-08-20",
    }).specialOpeningHoursSpecification;
    expect(specs.filter((spec) => spec.validFrom === "2026-08-05")).toEqual([
      expect.objectContaining({ opens: "09:00", closes: "12:00" }),
    ]);
  });
});

describe("schedule edges refused with a Polish message", () => {
  it.each([
    [
      "a closed exception with times",
      { exceptions: [{ from: "2026-08-03", closed: true, opens: "09:00", reason: "urlop" }] },
      "exceptions[0].opens",
      "Wyjątek 1: zaznaczono „nieczynne”, a podano godziny: usuń godziny albo odznacz „nieczynne”",
    ],
    [
      "a closed exception with a closing time only",
      { exceptions: [{ from: "2026-08-03", closed: true, closes: "12:00", reason: "urlop" }] },
      "exceptions[0].closes",
      "Wyjątek 1: zaznaczono „nieczynne”, a podano godziny: usuń godziny albo odznacz „nieczynne”",
    ],
    [
      "an unpadded time, with the padded one as the fix",
      { rules: [{ monday: true, opens: "9:00", closes: "12:00" }] },
      "rules[0].opens",
      "Reguła 1: nieprawidłowa wartość pola „godzina otwarcia”: „9:00” (oczekiwano GG:MM, np. „09:00”)",
    ],
    [
      "a dotted time",
      { rules: [{ monday: true, opens: "09:00", closes: "15.30" }] },
      "rules[0].closes",
      "Reguła 1: nieprawidłowa wartość pola „godzina zamknięcia”: „15.30” (oczekiwano GG:MM, np. „15:30”)",
    ],
    [
      "a time with no likely fix",
      { rules: [{ monday: true, opens: "rano", closes: "12:00" }] },
      "rules[0].opens",
      "Reguła 1: nieprawidłowa wartość pola „godzina otwarcia”: „rano” (oczekiwano GG:MM, np. „09:00”)",
    ],
    [
      "24:00 as an opening time",
      { rules: [{ monday: true, opens: "24:00", closes: "24:00" }] },
      "rules[0].opens",
      "Reguła 1: nieprawidłowa wartość pola „godzina otwarcia”: „24:00” (oczekiwano GG:MM, np. „09:00”)",
    ],
  ])("%s", (_name, input, path, message) => {
    let error: unknown;
    try {
      validateSchedule(input);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ScheduleError);
    expect(error).toMatchObject({ path, message });
  });

  it.each([
    ["9:00", "09:00"],
    ["9.00", "09:00"],
    ["900", "09:00"],
    ["15 30", "15:30"],
    ["25:00", undefined],
    ["rano", undefined],
  ])("suggests for %s: %s", (value, guess) => {
    expect(suggestHhmm(value)).toBe(guess);
  });
});

describe("24:00 as a closing time", () => {
  const evening = validateSchedule({
    rules: [{ friday: true, saturday: true, opens: "18:00", closes: "24:00" }],
    closedOnHolidays: false,
  });

  it.each([
    ["the input form 24:00", { opens: "18:00", closes: "24:00" }],
    ["Strapi's stored midnight 00:00:00.000", { opens: "18:00:00.000", closes: "00:00:00.000" }],
    ["an editor's 00:00", { opens: "18:00", closes: "00:00" }],
  ])("reads %s as the end of the day", (_name, times) => {
    expect(validateSchedule({ rules: [{ friday: true, ...times }] }).rules[0]).toMatchObject({
      opens: "18:00",
      closes: "24:00",
    });
  });

  it("reads the REST shape's midnight as the end of the day", () => {
    expect(
      strapiRuleSchema.parse({ friday: true, opens: "18:00:00.000", closes: "00:00:00.000" }),
    ).toMatchObject({ days: ["fri"], opens: "18:00", closes: "24:00" });
  });

  it.each([
    ["2026-08-07T23:59:00+02:00", "open"],
    ["2026-08-08T00:00:00+02:00", "closed"],
    ["2026-08-08T17:59:00+02:00", "closed"],
    ["2026-08-09T00:00:00+02:00", "closed"],
  ])("at %s the engine says %s", (at, state) => {
    expect(statusAt(evening, Date.parse(at)).state).toBe(state);
  });

  it("merges Friday until midnight with nothing after it", () => {
    const status = statusAt(evening, Date.parse("2026-08-07T20:00:00+02:00"));
    expect(status).toMatchObject({ state: "open", until: { date: "2026-08-08", time: "00:00" } });
  });

  it("ends the iCalendar event at the next midnight", () => {
    const ics = toICalendar(evening, { from: "2026-08-03", to: "2026-08-09" });
    expect(ics).toContain("DTEND;TZID=Europe/Warsaw:20260808T000000");
    expect(() => new ICAL.Component(ICAL.parse(ics))).not.toThrow();
  });
});

describe("statusAt with an invalid instant", () => {
  it.each([
    ["an invalid Date", new Date("not a date")],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
  ])("throws InvalidInstantError for %s", (_name, at) => {
    expect(() => statusAt(holidayWithDutyDay, at)).toThrow(InvalidInstantError);
    expect(() => nextOpening(holidayWithDutyDay, at)).toThrow(InvalidInstantError);
  });
});
