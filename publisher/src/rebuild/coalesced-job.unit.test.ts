import { setImmediate as tick } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../test-support/manual-clock.ts";
import { type CoalescedJobOptions, createCoalescedJob } from "./coalesced-job.ts";

/** A job whose runs end when the test says; records when each started. */
function harness(overrides: Partial<CoalescedJobOptions> = {}, failing = false) {
  const clock = new ManualClock();
  const startedAt: number[] = [];
  const finishers: (() => void)[] = [];
  const errors: unknown[] = [];
  const job = createCoalescedJob({
    clock,
    delayMs: 1_000,
    run: () =>
      new Promise<void>((resolve, reject) => {
        startedAt.push(clock.now());
        finishers.push(() => (failing ? reject(new Error("the build failed")) : resolve()));
      }),
    onError: (error) => errors.push(error),
    ...overrides,
  });
  /** Ends the oldest running run and lets its follow-up be scheduled. */
  const finish = async () => {
    finishers.shift()?.();
    await tick();
  };
  const offsets = () => startedAt.map((at) => at - startedAt[0]!);
  const running = () => finishers.length > 0;
  return { clock, job, startedAt, finish, errors, offsets, running };
}

describe("a coalesced job", () => {
  it("runs once, delayMs after the first of many requests", () => {
    const { clock, job, startedAt } = harness();
    const first = clock.now();
    for (let i = 0; i < 10; i += 1) {
      job.request();
      clock.advance(50);
    }
    expect(startedAt).toEqual([]);
    clock.advance(500);
    expect(startedAt).toEqual([first + 1_000]);
  });

  it("runs one at a time, and requests during a run make exactly one follow-up", async () => {
    const { clock, job, startedAt, finish } = harness();
    job.request();
    clock.advance(1_000);
    for (let i = 0; i < 20; i += 1) {
      job.request();
      clock.advance(5_000);
    }
    expect(startedAt).toHaveLength(1);
    await finish();
    expect(startedAt).toHaveLength(1);
    clock.advance(1_000);
    expect(startedAt).toHaveLength(2);
    await finish();
    clock.advance(60_000);
    expect(startedAt).toHaveLength(2);
  });

  it("turns a stream of publishes into one run per run time plus delay", async () => {
    const { clock, job, startedAt, finish, running } = harness();
    // A publish every 2 s for 10 minutes; each run takes 30 s.
    for (let t = 0; t < 600_000; t += 2_000) {
      job.request();
      clock.advance(2_000);
      if (running() && clock.now() - startedAt.at(-1)! >= 30_000) await finish();
    }
    // 300 requests: one run per 32 s or so (30 s run, 1 s delay, 2 s steps), never more.
    expect(startedAt.length).toBeGreaterThan(10);
    expect(startedAt.length).toBeLessThanOrEqual(Math.ceil(600_000 / 31_000));
    const gaps = startedAt.slice(1).map((at, i) => at - startedAt[i]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(31_000);
  });

  it("starts at once on requestNow", () => {
    const { job, startedAt, clock } = harness();
    const now = clock.now();
    job.requestNow();
    clock.advance(0);
    expect(startedAt).toEqual([now]);
  });

  it("with everyMs, runs again that long after the last start without a request", async () => {
    const { clock, job, offsets, finish } = harness({ everyMs: 300_000 });
    job.requestNow();
    clock.advance(0);
    await finish();
    clock.advance(299_999);
    expect(offsets()).toEqual([0]);
    clock.advance(1);
    expect(offsets()).toEqual([0, 300_000]);
    await finish();
    // A request resets the period: the next fallback is 5 minutes after that run.
    clock.advance(100_000);
    job.request();
    clock.advance(1_000);
    expect(offsets()).toEqual([0, 300_000, 401_000]);
    await finish();
    clock.advance(299_999);
    expect(offsets()).toHaveLength(3);
    clock.advance(1);
    expect(offsets()).toEqual([0, 300_000, 401_000, 701_000]);
  });

  it("reports a failed run and keeps serving requests", async () => {
    const { clock, job, startedAt, finish, errors } = harness({}, true);
    job.requestNow();
    clock.advance(0);
    await finish();
    expect(errors).toHaveLength(1);
    job.requestNow();
    clock.advance(0);
    expect(startedAt).toHaveLength(2);
  });

  it("is idle when nothing is due, running or queued, and stop cancels what is due", async () => {
    const { clock, job, startedAt, finish } = harness();
    let idle = false;
    job.request();
    void job.idle().then(() => {
      idle = true;
    });
    clock.advance(1_000);
    job.request();
    await finish();
    expect(idle).toBe(false);
    clock.advance(1_000);
    await finish();
    expect(idle).toBe(true);
    job.request();
    await job.stop();
    clock.advance(10_000);
    expect(startedAt).toHaveLength(2);
  });
});
