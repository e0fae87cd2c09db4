import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scheduleArb } from "../test-support/arbitraries.ts";
import { SEED } from "../test-support/seed-schedules.ts";
import { statusPhrase as serverPhrase } from "./format/phrases.ts";
import { polishHolidayMap } from "./holidays/polish.ts";
import { prepareIslandSchedule, statusAt as serverStatusAt } from "./hours/index.ts";
import { type IslandSchedule, statusAt, statusPhrase } from "./island.ts";

/** What the site does: prepare at build time, serialise into the page, parse in the browser. */
const shipped = (prepared: IslandSchedule): IslandSchedule => JSON.parse(JSON.stringify(prepared));

/** Holidays shipped as a map (date → name), far enough ahead for every next-opening search here. */
const holidayMap = polishHolidayMap(2023, 2032);

describe("island entry", () => {
  it("answers like the server engine for prepared, serialised schedules", () => {
    const holidays = new Map(JSON.parse(JSON.stringify([...holidayMap])) as [string, string][]);
    fc.assert(
      fc.property(
        scheduleArb,
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) }),
        (schedule, at) => {
          expect(statusAt(shipped(prepareIslandSchedule(schedule)), at, { holidays })).toEqual(
            serverStatusAt(schedule, at),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each(Object.keys(SEED) as (keyof typeof SEED)[])(
    "gives the same phrase as the server for %s",
    (name) => {
      const prepared = shipped(prepareIslandSchedule(SEED[name]));
      // Dates only, as a Set: the phrases do not need the holidays' names.
      const holidays = new Set(holidayMap.keys());
      for (let at = Date.UTC(2025, 5, 1); at < Date.UTC(2025, 5, 15); at += 47 * 60_000) {
        expect(statusPhrase(statusAt(prepared, at, { holidays }), at)).toBe(
          serverPhrase(serverStatusAt(SEED[name], at), at),
        );
      }
    },
  );

  it("refuses to prepare a bad schedule", () => {
    const bad = {
      ...SEED.orzesze,
      rules: [
        { days: ["mon" as const], opens: "10:00", closes: "09:00", mode: "in_person" as const },
      ],
    };
    expect(() => prepareIslandSchedule(bad)).toThrow(
      expect.objectContaining({ name: "ScheduleError", path: "rules[0].closes" }),
    );
  });
});

describe("compiler guard (without the Polish checks)", () => {
  it.each([
    [
      "closes before opens",
      { rules: [{ days: ["mon"], opens: "10:00", closes: "09:00", mode: "in_person" }] },
      "rules[0]",
    ],
    [
      "unknown day",
      { rules: [{ days: ["xyz"], opens: "09:00", closes: "10:00", mode: "in_person" }] },
      "rules[0].days",
    ],
    [
      "overlap",
      {
        rules: [
          { days: ["mon"], opens: "09:00", closes: "11:00", mode: "in_person" },
          { days: ["mon"], opens: "10:00", closes: "12:00", mode: "in_person" },
        ],
      },
      "rules[1].opens",
    ],
    ["bad date", { validFrom: "2025-02-30" }, "validFrom"],
  ])("refuses %s", async (_name, partial, path) => {
    const { compileSchedule } = await import("./hours/compile.ts");
    const schedule = {
      rules: [],
      seasons: [],
      exceptions: [],
      closedOnHolidays: true,
      ...partial,
    } as unknown as Parameters<typeof compileSchedule>[0];
    expect(() => compileSchedule(schedule)).toThrow(
      expect.objectContaining({ name: "ScheduleError", path }),
    );
  });
});
