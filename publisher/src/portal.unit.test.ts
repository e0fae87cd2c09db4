import { setImmediate as tick } from "node:timers/promises";
import type { PortalBuildOptions } from "@mops/site/driver";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../test-support/manual-clock.ts";
import { keepPortalBuilt } from "./portal.ts";
import { createLogger } from "./rebuild/log.ts";

function harness(fail = false) {
  const clock = new ManualClock();
  const builds: PortalBuildOptions[] = [];
  const events: Array<{ event: string; [key: string]: unknown }> = [];
  const keeper = keepPortalBuilt({
    outDir: "/tmp/portal",
    portalUrl: "http://region.localhost:4321/",
    strapiUrl: "http://127.0.0.1:1337",
    token: "t",
    clock,
    delayMs: 10_000,
    everyMs: 300_000,
    log: createLogger({ clock, write: (line) => events.push(JSON.parse(line)) }),
    build: async (options) => {
      builds.push(options);
      if (fail) throw new Error("astro build exited with 1");
      return { dir: options.outDir, offices: 5, seconds: 12 };
    },
  });
  return { clock, builds, events, keeper };
}

describe("keepPortalBuilt", () => {
  it("builds at start with the clock's instant as the build's now, and logs it", async () => {
    const { clock, builds, events } = harness();
    clock.advance(0);
    await tick();
    expect(builds.map((b) => b.buildNow)).toEqual([new Date(clock.now()).toISOString()]);
    expect(events.map((e) => e.event)).toEqual(["portal.built"]);
  });

  it("builds once for a burst of publishes, delayMs after the first", async () => {
    const { clock, builds, keeper } = harness();
    clock.advance(0);
    await keeper.idle();
    for (let i = 0; i < 5; i += 1) {
      keeper.request();
      clock.advance(1_000);
    }
    await tick();
    expect(builds).toHaveLength(1);
    clock.advance(5_000);
    await keeper.idle();
    expect(builds).toHaveLength(2);
    expect(keeper.builds()).toBe(2);
  });

  it("logs a failed build and builds again on the next publish", async () => {
    const { clock, events, keeper } = harness(true);
    clock.advance(0);
    await keeper.idle();
    keeper.request();
    clock.advance(10_000);
    await keeper.idle();
    expect(events.map((e) => [e.event, e.error])).toEqual([
      ["portal.failed", "Error: astro build exited with 1"],
      ["portal.failed", "Error: astro build exited with 1"],
    ]);
  });
});
