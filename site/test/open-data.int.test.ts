// The open-data files of every built office: the hours calendar, the public-holiday feeds, the
// HSDS export and the map data on department pages, read as their consumers read them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { polishHolidays } from "@mops/shared";
import { hsdsErrors } from "@mops/shared/test-support/hsds-validator";
import ICAL from "ical.js";
import { describe, expect, inject, it } from "vitest";

const build = inject("testBuild");

describe.each(build.offices.map((office) => [office.slug, office.dir]))("%s", (_slug, dir) => {
  const read = (file: string) => readFileSync(join(dir, file), "utf8");

  it("publishes godziny.ics with at least one event, as ical.js reads it", () => {
    const calendar = new ICAL.Component(ICAL.parse(read("godziny.ics")));
    expect(calendar.getAllSubcomponents("vevent").length).toBeGreaterThan(0);
  });

  it("publishes this and next year's public holidays as JSON and iCalendar", () => {
    const json = JSON.parse(read("dni-wolne.json")) as { years: number[]; holidays: unknown[] };
    expect(json.years).toHaveLength(2);
    const expected = json.years.flatMap((year) => polishHolidays(year));
    expect(json.holidays).toEqual(expected);
    const calendar = new ICAL.Component(ICAL.parse(read("dni-wolne.ics")));
    expect(
      calendar
        .getAllSubcomponents("vevent")
        .map((event) => new ICAL.Event(event))
        .map((event) => [event.startDate.toString(), event.summary]),
    ).toEqual(expected.map((holiday) => [holiday.date, holiday.name]));
  });

  it("publishes an HSDS organization valid against the standard's schemas", () => {
    const { services, ...organization } = JSON.parse(read("dane/hsds/organization.json")) as {
      services: unknown[];
    };
    expect(hsdsErrors("organization", organization)).toEqual([]);
    for (const service of services) expect(hsdsErrors("service", service)).toEqual([]);
  });
});
