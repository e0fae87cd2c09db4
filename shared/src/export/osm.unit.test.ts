import "../../test-support/warsaw-process-time.ts";
import fc from "fast-check";
import opening_hours from "opening_hours";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { assertSameOpenInstants } from "../../test-support/agreement.ts";
import { clockChangeNightArb, GRID_MS, scheduleArb } from "../../test-support/arbitraries.ts";
import { SEED, type SeedName } from "../../test-support/seed-schedules.ts";
import { type ScheduleHours, scheduleHoursSchema } from "../schemas/schedule.ts";
import { toOsmOpeningHours } from "./osm.ts";

/** Where the evaluator takes Polish public holidays from. */
const POLAND = { lat: 52.23, lon: 21.01, address: { country_code: "pl", state: "" } };

const CASES: [SeedName, string][] = [
  ["kutnoSwiadczenia", "Mo-Tu,Th-Fr 10:00-14:00; We off; PH off"],
  ["kutnoDodatki", "Mo-Tu,Fr 10:00-14:00; We off; Th 10:00-15:00; PH off"],
  [
    "kutnoSrodowiskowa",
    'Mo-Tu,Th-Fr 09:00-11:00,13:00-14:00 open "po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym z pracownikiem socjalnym"; We off; PH off',
  ],
  ["krasnik", 'Mo-Fr 07:00-10:00 open "pierwszeństwo dla umówionych", Mo-Fr 10:00-15:00; PH off'],
  ["wspierajSenioraIntake", 'Mo-Fr 07:00-15:00 open "tylko telefonicznie"; PH off; 2021+ off'],
  ["pruszkowPrzemoc", "Tu-We 12:00-16:00; PH off; 1970-2019 off; 2020 Jan 01-2020 Jun 30 off"],
  [
    "pruszkowPsycholog",
    'Mo,We,Fr 09:00-13:00; Tu,Th off; Jul-Aug off; Jul-Aug Mo,We,Fr 09:00-13:00 open "tylko telefonicznie, tel. 500 135 649"; PH off; 1970-2019 off; 2020 Jan 01-2020 Jun 30 off',
  ],
  ["pruszkowSwiadczenia", "Mo 10:30-17:00; Tu-We 08:30-15:00; PH off"],
  ["orzesze", "Mo-Fr 07:30-15:30; PH off"],
  ["kutnoKlubSeniora", "Tu,Th 10:00-15:00; We off; PH off"],
];

describe("toOsmOpeningHours", () => {
  it.each(CASES)("writes %s as %s", (seed, text) => {
    const value = toOsmOpeningHours(SEED[seed]);
    expect(value).toBe(text);
    expect(() => new opening_hours(value, POLAND)).not.toThrow();
  });

  it("writes exceptions and closures as dated rules after the holidays", () => {
    const schedule = scheduleHoursSchema.parse({
      rules: SEED.orzesze.rules,
      exceptions: [
        {
          from: "2025-12-29",
          to: "2025-12-30",
          opens: "07:30",
          closes: "12:00",
          reason: "okres świąteczny",
        },
        { from: "2025-11-10", closed: true, reason: 'dzień "wolny"' },
        { from: "2024-01-02", closed: true, reason: "dawno" },
      ],
    });
    const closures = new Map([["2026-01-02", "dzień wolny za święto w sobotę"]]);
    expect(toOsmOpeningHours(schedule, { from: "2025-01-01", closures })).toBe(
      'Mo-Fr 07:30-15:30; PH off; 2026 Jan 02 off "dzień wolny za święto w sobotę"; 2025 Dec 29-2025 Dec 30 07:30-12:00 open "okres świąteczny"; 2025 Nov 10 off "dzień \'wolny\'"',
    );
  });
});

const osmName = (schedule: ScheduleHours): string => `OSM (${toOsmOpeningHours(schedule)})`;

describe("OSM export agrees with the engine", () => {
  it("describes the same open instants over sample weeks", () => {
    fc.assert(
      fc.property(scheduleArb, fc.integer({ min: 0, max: 103 }), (schedule, week) => {
        const oh = new opening_hours(toOsmOpeningHours(schedule), POLAND);
        // A week of 2025–2026 starting on a Monday (2024-12-30).
        const start = Date.parse("2024-12-30T00:00:00+01:00") + week * 7 * 86_400_000;
        assertSameOpenInstants(osmName(schedule), schedule, (t) => oh.getState(new Date(t)), {
          from: start,
          to: start + 7 * 86_400_000,
          stepMs: GRID_MS,
        });
      }),
      { numRuns: 150 },
    );
  });

  it("describes the same open instants on the clock-change nights, minute by minute", () => {
    fc.assert(
      fc.property(clockChangeNightArb, ({ schedule, from, to }) => {
        const oh = new opening_hours(toOsmOpeningHours(schedule), POLAND);
        assertSameOpenInstants(osmName(schedule), schedule, (t) => oh.getState(new Date(t)), {
          from,
          to,
          stepMs: 60_000,
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe("OSM export from a build day", () => {
  const BUILD_DAY = "2026-12-03";
  const BUILD_INSTANT = new Date("2026-12-03T05:00:00Z");
  // opening_hours.js reads the clock to warn about past years: fix it at the build instant.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(BUILD_INSTANT);
  });
  afterAll(() => vi.useRealTimers());

  const withPast = scheduleHoursSchema.parse({
    rules: SEED.orzesze.rules,
    validFrom: "2020-07-01",
    validTo: "2027-06-30",
    exceptions: [
      { from: "2025-08-01", to: "2025-08-14", closed: true, reason: "urlop" },
      { from: "2026-12-28", to: "2027-01-08", closed: true, reason: "remont" },
      { from: "2027-01-05", opens: "09:00", closes: "12:00", reason: "dyżur" },
    ],
  });
  const future = scheduleHoursSchema.parse({ rules: SEED.orzesze.rules, validFrom: "2028-03-01" });
  const ended = scheduleHoursSchema.parse({ rules: SEED.orzesze.rules, validTo: "2025-12-31" });
  const schedules: [string, ScheduleHours][] = [
    ...(Object.keys(SEED) as SeedName[]).map((name): [string, ScheduleHours] => [name, SEED[name]]),
    ["valid since a past year, with past and future exceptions", withPast],
    ["valid from a future year", future],
    ["ended in a past year", ended],
  ];

  it.each(schedules)("writes %s without warnings and as the engine reads it", (_name, schedule) => {
    const value = toOsmOpeningHours(schedule, { from: BUILD_DAY });
    expect(value).not.toMatch(/\b(19\d\d|20[01]\d|202[0-5])\b/);
    const oh = new opening_hours(value, POLAND);
    expect(oh.getWarnings()).toEqual([]);
    const start = Date.parse(`${BUILD_DAY}T00:00:00+01:00`);
    assertSameOpenInstants(osmName(schedule), schedule, (t) => oh.getState(new Date(t)), {
      from: start,
      to: start + 400 * 86_400_000,
      stepMs: 4 * GRID_MS + 60_000,
    });
  });
});
