import { setImmediate as tick } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../test-support/manual-clock.ts";
import { createLogger } from "./log.ts";
import { createScheduler, type SchedulerOptions } from "./scheduler.ts";

interface Build {
  offices: string[];
  signal: AbortSignal;
  finish(result?: boolean | Record<string, boolean>): Promise<void>;
}

function harness(overrides: Partial<SchedulerOptions> = {}) {
  const clock = new ManualClock();
  const builds: Build[] = [];
  const scheduler = createScheduler({
    clock,
    log: createLogger({ clock, write: () => {} }),
    debounceMs: 300,
    maxWaitMs: 2_000,
    leadingEdge: false,
    concurrency: 1,
    maxBatch: 10,
    retryFailedMs: 0,
    onChange: () => {},
    run: (offices, signal) =>
      new Promise((resolve) => {
        builds.push({
          offices: [...offices],
          signal,
          async finish(result = true) {
            const ok = (slug: string) =>
              typeof result === "boolean" ? result : (result[slug] ?? true);
            resolve(new Map(offices.map((slug) => [slug, ok(slug)])));
            await tick();
          },
        });
      }),
    ...overrides,
  });
  /** Moves time in steps, recording changes of the given offices at each step. */
  const changeEvery = (stepMs: number, steps: number, offices: string[]) => {
    for (let i = 0; i < steps; i += 1) {
      scheduler.enqueue(offices);
      clock.advance(stepMs);
    }
  };
  const started = () => builds.map((build) => build.offices);
  return { clock, builds, scheduler, changeEvery, started };
}

describe("scheduler: coalescing", () => {
  it("waits for a quiet period after the last change, then builds once", () => {
    const { clock, scheduler, started } = harness();
    scheduler.enqueue(["krasnik"]);
    clock.advance(200);
    scheduler.enqueue(["krasnik"]);
    clock.advance(299);
    expect(started()).toEqual([]);
    expect(scheduler.phaseOf("krasnik")).toBe("waiting");
    clock.advance(1);
    expect(started()).toEqual([["krasnik"]]);
    expect(scheduler.phaseOf("krasnik")).toBe("building");
  });

  it("builds no later than the maximum wait while changes keep coming", () => {
    const { scheduler, changeEvery, started } = harness();
    changeEvery(100, 19, ["kutno"]);
    expect(started()).toEqual([]);
    changeEvery(100, 1, ["kutno"]);
    expect(started()).toEqual([["kutno"]]);
    expect(scheduler.pending()).toEqual(["kutno"]);
  });

  it("builds offices that fall due together in one batch", () => {
    const { clock, scheduler, started } = harness();
    scheduler.enqueue(["kutno", "krasnik", "kalisz"]);
    clock.advance(300);
    expect(started()).toEqual([["kalisz", "krasnik", "kutno"]]);
  });

  it.each([
    [1, [["a"], ["b"], ["c"]]],
    [2, [["a", "b"], ["c"]]],
  ])("splits a batch at maxBatch %i", async (maxBatch, expected) => {
    const { clock, scheduler, builds, started } = harness({ maxBatch });
    scheduler.enqueue(["a", "b", "c"]);
    clock.advance(300);
    while (builds.length < expected.length) await builds.at(-1)?.finish();
    expect(started()).toEqual(expected);
  });
});

describe("scheduler: leading edge", () => {
  it("builds the first change after a quiet spell at once", () => {
    const { scheduler, started } = harness({ leadingEdge: true });
    scheduler.enqueue(["krasnik"]);
    expect(started()).toEqual([["krasnik"]]);
  });

  it("coalesces what follows into one follow-up that waits for quiet", async () => {
    const { clock, scheduler, builds, changeEvery, started } = harness({ leadingEdge: true });
    scheduler.enqueue(["krasnik"]);
    changeEvery(100, 49, ["krasnik"]);
    await builds[0]?.finish();
    expect(started()).toEqual([["krasnik"]]);
    clock.advance(300);
    expect(started()).toEqual([["krasnik"], ["krasnik"]]);
  });

  it.each([
    ["within the quiet period", 299, 1],
    ["after the quiet period", 300, 2],
  ])(
    "builds a change %s after the previous one (%i ms) at once only after it",
    async (_name, gap, expected) => {
      const { clock, scheduler, builds, started } = harness({ leadingEdge: true });
      scheduler.enqueue(["kutno"]);
      await builds[0]?.finish();
      clock.advance(gap);
      scheduler.enqueue(["kutno"]);
      expect(started()).toHaveLength(expected);
    },
  );

  it("waits for quiet when the change comes while the office builds", async () => {
    const { clock, scheduler, builds, started } = harness({ leadingEdge: true });
    scheduler.enqueue(["kutno"]);
    clock.advance(5_000);
    scheduler.enqueue(["kutno"]);
    await builds[0]?.finish();
    expect(started()).toHaveLength(1);
    clock.advance(300);
    expect(started()).toHaveLength(2);
  });
});

describe("scheduler: one build per office, follow-ups", () => {
  it("runs exactly one follow-up build for any number of changes during a build", async () => {
    const { clock, scheduler, builds, changeEvery, started } = harness();
    scheduler.enqueue(["krasnik"]);
    clock.advance(300);
    changeEvery(50, 40, ["krasnik"]);
    expect(started()).toEqual([["krasnik"]]);
    await builds[0]?.finish();
    clock.advance(300);
    expect(started()).toEqual([["krasnik"], ["krasnik"]]);
    await builds[1]?.finish();
    clock.advance(10_000);
    expect(started()).toEqual([["krasnik"], ["krasnik"]]);
    expect(scheduler.pending()).toEqual([]);
  });

  it("lets a burst that outlasts a build settle before the follow-up, up to the maximum wait", async () => {
    const { clock, scheduler, builds, changeEvery, started } = harness();
    scheduler.enqueue(["kutno"]);
    clock.advance(300);
    changeEvery(100, 30, ["kutno"]);
    await builds[0]?.finish();
    changeEvery(100, 10, ["kutno"]);
    expect(started()).toEqual([["kutno"]]);
    clock.advance(300);
    expect(started()).toEqual([["kutno"], ["kutno"]]);
  });

  it("starts the follow-up at the latest the maximum wait after the build, however long the burst", async () => {
    const { scheduler, clock, builds, changeEvery, started } = harness();
    scheduler.enqueue(["kutno"]);
    clock.advance(300);
    changeEvery(100, 5, ["kutno"]);
    await builds[0]?.finish();
    changeEvery(100, 19, ["kutno"]);
    expect(started()).toHaveLength(1);
    changeEvery(100, 1, ["kutno"]);
    expect(started()).toHaveLength(2);
  });

  it("builds nothing more when nothing changed during the build", async () => {
    const { clock, scheduler, builds, started } = harness();
    scheduler.enqueue(["kalisz"]);
    clock.advance(300);
    await builds[0]?.finish();
    clock.advance(60_000);
    expect(started()).toEqual([["kalisz"]]);
    await scheduler.idle();
  });

  it("never builds one office twice at once, even with free build slots", async () => {
    const { clock, scheduler, builds, started } = harness({ concurrency: 4 });
    scheduler.enqueue(["orzesze"]);
    clock.advance(300);
    scheduler.enqueue(["orzesze", "pruszkow"]);
    clock.advance(300);
    expect(started()).toEqual([["orzesze"], ["pruszkow"]]);
    await builds[0]?.finish();
    clock.advance(0);
    expect(started()).toEqual([["orzesze"], ["pruszkow"], ["orzesze"]]);
  });

  it("lets an office wait for a free slot when the concurrency is reached", async () => {
    const { clock, scheduler, builds, started } = harness({ concurrency: 1 });
    scheduler.enqueue(["kutno"]);
    clock.advance(300);
    scheduler.enqueue(["krasnik"]);
    clock.advance(300);
    expect(started()).toEqual([["kutno"]]);
    expect(scheduler.phaseOf("krasnik")).toBe("ready");
    await builds[0]?.finish();
    expect(started()).toEqual([["kutno"], ["krasnik"]]);
  });
});

describe("scheduler: failures", () => {
  it("retries a failed office after a growing delay and stops retrying after a success", async () => {
    const { clock, scheduler, builds, started } = harness({ retryFailedMs: 1_000 });
    scheduler.enqueue(["kutno", "kalisz"]);
    clock.advance(300);
    await builds[0]?.finish({ kutno: false });
    expect(scheduler.phaseOf("kutno")).toBe("retrying");
    expect(scheduler.phaseOf("kalisz")).toBe("idle");
    clock.advance(999);
    expect(started()).toHaveLength(1);
    clock.advance(1);
    expect(started()).toEqual([["kalisz", "kutno"], ["kutno"]]);
    await builds[1]?.finish(false);
    clock.advance(1_999);
    expect(started()).toHaveLength(2);
    clock.advance(1);
    expect(started()).toHaveLength(3);
    await builds[2]?.finish(true);
    clock.advance(3_600_000);
    expect(started()).toHaveLength(3);
    expect(scheduler.phaseOf("kutno")).toBe("idle");
  });

  it("treats a run that throws as a failure of its whole batch and goes on", async () => {
    let calls = 0;
    const { clock, scheduler } = harness({
      run: async (offices) => {
        calls += 1;
        if (calls === 1) throw new Error("disk full");
        return new Map(offices.map((slug) => [slug, true]));
      },
    });
    scheduler.enqueue(["kutno"]);
    clock.advance(300);
    await tick();
    scheduler.enqueue(["kutno"]);
    clock.advance(300);
    await scheduler.idle();
    expect(calls).toBe(2);
  });
});

describe("scheduler: retries that survive restarts and outages", () => {
  it("lists an office waiting for a retry, and a fresh scheduler restores it", async () => {
    const first = harness({ retryFailedMs: 30_000 });
    first.scheduler.enqueue(["kalisz"]);
    first.clock.advance(300);
    await first.builds[0]?.finish(false);
    const retries = first.scheduler.retries();
    expect(retries).toEqual({ kalisz: { failures: 1, retryAt: first.clock.now() + 30_000 } });
    expect(first.scheduler.pending()).toEqual([]);

    const second = harness({ retryFailedMs: 30_000 });
    second.scheduler.restoreRetries(retries);
    expect(second.scheduler.phaseOf("kalisz")).toBe("retrying");
    second.clock.advance(retries.kalisz!.retryAt - second.clock.now() - 1);
    expect(second.started()).toEqual([]);
    second.clock.advance(1);
    expect(second.started()).toEqual([["kalisz"]]);
    await second.builds[0]?.finish(false);
    expect(second.scheduler.retries().kalisz?.failures).toBe(2);
  });

  it("a restored retry whose time has passed builds at once", () => {
    const { clock, scheduler, started } = harness({ retryFailedMs: 30_000 });
    scheduler.restoreRetries({ kalisz: { failures: 3, retryAt: clock.now() - 1 } });
    expect(started()).toEqual([["kalisz"]]);
  });

  it("retryNow makes every waiting retry due at once, and only those", async () => {
    const { clock, scheduler, builds, started } = harness({ retryFailedMs: 30_000 });
    scheduler.enqueue(["kalisz", "kutno"]);
    clock.advance(300);
    await builds[0]?.finish({ kalisz: false, kutno: true });
    expect(scheduler.retryNow()).toEqual(["kalisz"]);
    clock.advance(0);
    expect(started()).toEqual([["kalisz", "kutno"], ["kalisz"]]);
  });

  it("a failing office never delays another office's retry", async () => {
    const { clock, scheduler, builds, started } = harness({ retryFailedMs: 1_000 });
    scheduler.enqueue(["orzesze"]);
    clock.advance(300);
    await builds[0]?.finish(false);
    clock.advance(1_000);
    await builds[1]?.finish(false);
    // orzesze now waits 2 s; kalisz fails once and waits 1 s.
    scheduler.enqueue(["kalisz"]);
    clock.advance(300);
    await builds[2]?.finish(false);
    clock.advance(1_000);
    expect(started().at(-1)).toEqual(["kalisz"]);
  });

  it("reports an office whose builds fail with no retry set as failed", async () => {
    const { clock, scheduler, builds } = harness({ retryFailedMs: 0 });
    scheduler.enqueue(["kalisz"]);
    clock.advance(300);
    await builds[0]?.finish(false);
    expect(scheduler.phaseOf("kalisz")).toBe("failed");
    expect(scheduler.failures("kalisz")).toBe(1);
  });
});

describe("scheduler: forgetting an office the CMS no longer has", () => {
  it("drops its retry and its pending change", async () => {
    const { clock, scheduler, builds, started } = harness({ retryFailedMs: 1_000 });
    scheduler.enqueue(["orzesze"]);
    clock.advance(300);
    await builds[0]?.finish(false);
    scheduler.enqueue(["orzesze"]);
    scheduler.forget("orzesze");
    expect(scheduler.retries()).toEqual({});
    expect(scheduler.pending()).toEqual([]);
    expect(scheduler.phaseOf("orzesze")).toBe("idle");
    clock.advance(3_600_000);
    expect(started()).toHaveLength(1);
    await scheduler.idle();
  });

  it("lets a running build finish and schedules nothing after it", async () => {
    const { clock, scheduler, builds, started } = harness({ retryFailedMs: 1_000 });
    scheduler.enqueue(["orzesze"]);
    clock.advance(300);
    scheduler.forget("orzesze");
    expect(builds[0]?.signal.aborted).toBe(false);
    await builds[0]?.finish(false);
    clock.advance(3_600_000);
    expect(started()).toHaveLength(1);
    expect(scheduler.retries()).toEqual({});
  });
});

describe("scheduler: stopping", () => {
  it("aborts the running build and keeps its office and waiting ones pending", async () => {
    const { clock, scheduler, builds } = harness();
    scheduler.enqueue(["krasnik"]);
    clock.advance(300);
    scheduler.enqueue(["kutno"]);
    const stopped = scheduler.stop();
    expect(builds[0]?.signal.aborted).toBe(true);
    await builds[0]?.finish(false);
    await stopped;
    expect(scheduler.pending()).toEqual(["krasnik", "kutno"]);
    clock.advance(60_000);
    expect(builds).toHaveLength(1);
  });
});
