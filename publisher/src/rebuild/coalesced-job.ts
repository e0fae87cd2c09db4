// A job that many events ask for and one run answers: `request` starts it `delayMs` later (every
// request in that time joins the same run), at most one run at a time, and requests during a run
// lead to exactly one follow-up run (again `delayMs` after that run ends). A stream of requests
// therefore causes one run per (run time + delay), never a queue. With `everyMs`, the job is also
// requested that long after the previous run started: a fallback for events that never came.
import type { Clock, TimerHandle } from "./clock.ts";

export interface CoalescedJobOptions {
  clock: Clock;
  delayMs: number;
  /** 0 or undefined: no periodic request. */
  everyMs?: number;
  /** The job; a rejection is the job's own business (reported by `onError`), never thrown on. */
  run(): Promise<void>;
  onError(error: unknown): void;
}

export interface CoalescedJob {
  /** Asks for a run soon. */
  request(): void;
  /** Asks for a run now (no delay), unless one is running, which then is followed by one. */
  requestNow(): void;
  /** Resolves once nothing is due, running or queued. */
  idle(): Promise<void>;
  /** Cancels what is due and waits for a running job. */
  stop(): Promise<void>;
  /** How many runs have started. */
  runs(): number;
}

export function createCoalescedJob(options: CoalescedJobOptions): CoalescedJob {
  const { clock } = options;
  let due: TimerHandle | undefined;
  let periodic: TimerHandle | undefined;
  let running: Promise<void> | undefined;
  let queued = false;
  let stopped = false;
  let started = 0;
  let waiters: (() => void)[] = [];

  const settled = () => !due && !running && !queued;
  function wakeWaiters(): void {
    if (!settled()) return;
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  }

  function schedule(ms: number): void {
    if (stopped || due) return;
    if (running) {
      queued = true;
      return;
    }
    due = clock.setTimeout(start, ms);
  }

  function schedulePeriodic(): void {
    if (!options.everyMs || stopped) return;
    clock.clearTimeout(periodic);
    periodic = clock.setTimeout(() => schedule(0), options.everyMs);
  }

  function start(): void {
    due = undefined;
    started += 1;
    schedulePeriodic();
    running = options
      .run()
      .catch((error: unknown) => options.onError(error))
      .finally(() => {
        running = undefined;
        if (queued) {
          queued = false;
          schedule(options.delayMs);
        }
        wakeWaiters();
      });
  }

  return {
    request: () => schedule(options.delayMs),
    requestNow: () => schedule(0),
    idle: () =>
      settled() ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
    async stop() {
      stopped = true;
      queued = false;
      clock.clearTimeout(due);
      clock.clearTimeout(periodic);
      due = undefined;
      await running;
      wakeWaiters();
    },
    runs: () => started,
  };
}
