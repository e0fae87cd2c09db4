import { setImmediate as tick } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../test-support/manual-clock.ts";
import { watchCms } from "./cms-health.ts";
import { createLogger } from "./log.ts";

/** A watch whose probe answers as the list says, one entry per probe. */
function harness(answers: boolean[]) {
  const clock = new ManualClock();
  let recovered = 0;
  const watch = watchCms({
    clock,
    log: createLogger({ clock, write: () => {} }),
    intervalMs: 2_000,
    probe: async () => {
      if (!(answers.shift() ?? true)) throw new Error("ECONNREFUSED");
    },
    onRecovered: () => {
      recovered += 1;
    },
  });
  const step = async () => {
    clock.advance(2_000);
    await tick();
  };
  return { watch, step, recovered: () => recovered };
}

describe("watchCms", () => {
  it.each([
    { answers: [true, true, true], states: [true, true, true], recoveries: 0 },
    { answers: [false, false, true], states: [false, false, true], recoveries: 1 },
    {
      answers: [true, false, true, false, true],
      states: [true, false, true, false, true],
      recoveries: 2,
    },
  ])("$answers → recovered $recoveries times", async ({ answers, states, recoveries }) => {
    const { watch, step, recovered } = harness([...answers]);
    await tick();
    const seen = [watch.reachable()];
    for (let i = 1; i < answers.length; i += 1) {
      await step();
      seen.push(watch.reachable());
    }
    expect(seen).toEqual(states);
    expect(recovered()).toBe(recoveries);
    watch.stop();
  });

  it("knows nothing before the first answer", () => {
    const { watch } = harness([false]);
    expect(watch.reachable()).toBeUndefined();
    watch.stop();
  });
});
