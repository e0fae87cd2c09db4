import { setImmediate as tick } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../test-support/manual-clock.ts";
import { nextDailyAt, scheduleDailyRebuild } from "./daily-rebuild.ts";
import { createLogger } from "./log.ts";

/** Warsaw wall-clock date and time of an instant, by ICU (the independent oracle). */
const warsaw = (at: number) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Warsaw",
    dateStyle: "short",
    timeStyle: "short",
  }).format(at);

describe("nextDailyAt", () => {
  it.each([
    { now: "2026-12-02T10:00:00Z", minutes: 5, next: "2026-12-03 00:05" },
    { now: "2026-12-02T23:04:00Z", minutes: 5, next: "2026-12-03 00:05" },
    { now: "2026-12-02T23:05:00Z", minutes: 5, next: "2026-12-04 00:05" },
    { now: "2026-07-01T21:30:00Z", minutes: 5, next: "2026-07-02 00:05" },
    { now: "2026-07-01T22:05:00Z", minutes: 5, next: "2026-07-03 00:05" },
    // The night the clocks go forward (29 March 2026) and back (25 October 2026).
    { now: "2026-03-28T12:00:00Z", minutes: 150, next: "2026-03-29 03:00" },
    { now: "2026-03-28T12:00:00Z", minutes: 5, next: "2026-03-29 00:05" },
    { now: "2026-10-24T12:00:00Z", minutes: 150, next: "2026-10-25 02:30" },
    { now: "2026-10-25T12:00:00Z", minutes: 5, next: "2026-10-26 00:05" },
  ])("after $now at minute $minutes → $next Warsaw time", ({ now, minutes, next }) => {
    const at = nextDailyAt(Date.parse(now), minutes);
    expect(at).toBeGreaterThan(Date.parse(now));
    expect(warsaw(at)).toBe(next);
  });
});

describe("scheduleDailyRebuild", () => {
  function harness(
    offices: () => Promise<readonly string[]>,
    select?: (offices: readonly string[]) => Promise<readonly string[]>,
  ) {
    const clock = new ManualClock(Date.parse("2026-12-02T10:00:00Z"));
    const rebuilt: string[][] = [];
    const daily = scheduleDailyRebuild({
      clock,
      log: createLogger({ clock, write: () => {} }),
      minutes: 5,
      offices,
      ...(select ? { select } : {}),
      rebuild: (slugs) => rebuilt.push([...slugs]),
    });
    const advanceTo = async (iso: string) => {
      clock.advance(Date.parse(iso) - clock.now());
      for (let i = 0; i < 5; i += 1) await tick();
    };
    return { rebuilt, daily, advanceTo };
  }

  it("rebuilds every office once a day at the set Warsaw time", async () => {
    const { rebuilt, daily, advanceTo } = harness(async () => ["kutno", "krasnik"]);
    await advanceTo("2026-12-02T23:04:59Z");
    expect(rebuilt).toEqual([]);
    await advanceTo("2026-12-02T23:05:00Z");
    expect(rebuilt).toEqual([["kutno", "krasnik"]]);
    await advanceTo("2026-12-03T23:05:00Z");
    expect(rebuilt).toHaveLength(2);
    daily.stop();
  });

  it("tries again every five minutes while the office list cannot be read", async () => {
    let down = true;
    const { rebuilt, daily, advanceTo } = harness(async () => {
      if (down) throw new Error("ECONNREFUSED");
      return ["kutno"];
    });
    await advanceTo("2026-12-02T23:05:00Z");
    await advanceTo("2026-12-02T23:10:00Z");
    expect(rebuilt).toEqual([]);
    down = false;
    await advanceTo("2026-12-02T23:15:00Z");
    expect(rebuilt).toEqual([["kutno"]]);
    daily.stop();
  });

  it("rebuilds only the offices the nightly decision selects, and nothing when it selects none", async () => {
    let selected: readonly string[] = ["krasnik"];
    const { rebuilt, daily, advanceTo } = harness(
      async () => ["kutno", "krasnik"],
      async () => selected,
    );
    await advanceTo("2026-12-02T23:05:00Z");
    expect(rebuilt).toEqual([["krasnik"]]);
    selected = [];
    await advanceTo("2026-12-03T23:05:00Z");
    expect(rebuilt).toEqual([["krasnik"]]);
    daily.stop();
  });

  it("tries again in five minutes when the decision cannot read the CMS", async () => {
    let down = true;
    const { rebuilt, daily, advanceTo } = harness(
      async () => ["kutno"],
      async (offices) => {
        if (down) throw new Error("ECONNREFUSED");
        return offices;
      },
    );
    await advanceTo("2026-12-02T23:05:00Z");
    expect(rebuilt).toEqual([]);
    down = false;
    await advanceTo("2026-12-02T23:10:00Z");
    expect(rebuilt).toEqual([["kutno"]]);
    daily.stop();
  });
});
