import { describe, expect, it } from "vitest";
import { hsdsOpenAt } from "../../test-support/hsds-reader.ts";
import { hsdsErrors } from "../../test-support/hsds-validator.ts";
import { SEED, type SeedName } from "../../test-support/seed-schedules.ts";
import { statusAt } from "../hours/index.ts";
import { type ScheduleHours, scheduleHoursSchema } from "../schemas/schedule.ts";
import { toHsdsSchedules } from "./hsds-schedules.ts";
import { stableUuid } from "./stable-uuid.ts";

const WINDOW = { from: "2026-01-01", to: "2026-12-31" };
const options = (key: string) => ({
  ...WINDOW,
  key,
  owner: { service_id: stableUuid(`service/${key}`) },
  label: "Przyjęcia interesantów",
});

const duty = scheduleHoursSchema.parse({
  rules: SEED.orzesze.rules,
  seasons: [
    {
      label: "wakacje",
      fromMonthDay: "07-01",
      toMonthDay: "08-31",
      rules: [{ days: ["mon", "wed"], opens: "08:00", closes: "12:00", mode: "phone_only" }],
    },
  ],
  validTo: "2026-10-31",
  exceptions: [
    { from: "2026-07-20", to: "2026-08-07", closed: true, reason: "urlop" },
    { from: "2026-07-29", opens: "09:00", closes: "11:00", reason: "dyżur" },
    { from: "2026-12-24", opens: "07:30", closes: "10:00", reason: "Wigilia" },
  ],
});

const CASES: [string, ScheduleHours][] = [
  ...(Object.keys(SEED) as SeedName[]).map((name): [string, ScheduleHours] => [name, SEED[name]]),
  ["a season, a closure with a duty day inside, validity", duty],
];

describe("toHsdsSchedules", () => {
  it("writes Kutno's benefits week as weekly entries split by holidays, and the holidays as closures", () => {
    const entries = toHsdsSchedules(SEED.kutnoSwiadczenia, {
      ...options("kutno"),
      from: "2026-06-01",
      to: "2026-06-14",
    });
    expect(
      entries.map((e) => [
        e.valid_from,
        e.valid_to,
        e.byday,
        e.opens_at,
        e.closes_at,
        e.description,
      ]),
    ).toEqual([
      ["2026-06-01", "2026-06-03", "MO,TU", "10:00", "14:00", "Przyjęcia interesantów"],
      [
        "2026-06-04",
        "2026-06-04",
        undefined,
        undefined,
        undefined,
        "Przyjęcia interesantów: nieczynne (Boże Ciało)",
      ],
      ["2026-06-05", "2026-06-14", "MO,TU,TH,FR", "10:00", "14:00", "Przyjęcia interesantów"],
    ]);
  });

  it.each(CASES)("%s: every entry is a valid HSDS schedule with a unique id", (_name, schedule) => {
    const entries = toHsdsSchedules(schedule, options(_name));
    for (const entry of entries)
      expect([entry.id, hsdsErrors("schedule", entry)]).toEqual([entry.id, []]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});

describe("HSDS schedules read back agree with the engine over 2026", () => {
  it.each(CASES)("%s, every quarter-hour", (name, schedule) => {
    const entries = toHsdsSchedules(schedule, options(name));
    const wrong: string[] = [];
    const start = Date.parse("2026-01-01T00:00:00+01:00");
    const end = Date.parse("2027-01-01T00:00:00+01:00");
    for (let t = start; t < end; t += 15 * 60_000) {
      const engineOpen = statusAt(schedule, t).state !== "closed";
      if (hsdsOpenAt(entries, t) !== engineOpen) wrong.push(new Date(t).toISOString());
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe("the HSDS validator refuses what the standard refuses", () => {
  it.each([
    ["schedule", { id: "not-a-uuid" }],
    ["schedule", { id: stableUuid("x"), freq: "DAILY" }],
    ["service", { id: stableUuid("x"), name: "Pomoc" }],
    ["address", { id: stableUuid("x"), address_1: "Wojska Polskiego 3", city: "Kutno" }],
  ])("%s %j", (table, value) => {
    expect(hsdsErrors(table, value)).not.toEqual([]);
  });
});

describe("stableUuid", () => {
  it.each([["kutno"], ["kutno/2026-06-01/01/10:00"], ["ąęść"]])(
    "gives %s a stable RFC 9562 layout",
    (key) => {
      expect(stableUuid(key)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(stableUuid(key)).toBe(stableUuid(key));
      expect(stableUuid(key)).not.toBe(stableUuid(`${key}x`));
    },
  );
});
