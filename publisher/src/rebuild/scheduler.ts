// Turns a stream of "office X changed" into builds. Per office: changes coalesce (a quiet period
// of `debounceMs`, but never more than `maxWaitMs` after the first change, or after the end of
// the office's previous build when the change came during it), at most one build runs at a
// time, and changes that arrive during a build lead to exactly one follow-up build.
// Across offices: at most `concurrency` builds at once, offices due together build as one batch.
// With `leadingEdge`, the first change after a quiet spell (no change within `debounceMs`, no
// build running) builds at once: a single publish goes live without waiting; what follows it
// during that build is coalesced into the follow-up as above.
// A failed build is retried after a growing delay (`retryFailedMs`, doubled each time, at most
// an hour); a new change retries it sooner, and so does `retryNow` (the CMS is back). Offices
// waiting for a retry are part of what a restart must resume (`retries`, `restoreRetries`).
import type { Clock, TimerHandle } from "./clock.ts";
import { errorFields, type Logger } from "./log.ts";

/** Which offices of a batch were built successfully. */
export type BatchOutcome = ReadonlyMap<string, boolean>;

export interface SchedulerOptions {
  clock: Clock;
  log: Logger;
  debounceMs: number;
  maxWaitMs: number;
  leadingEdge: boolean;
  concurrency: number;
  maxBatch: number;
  /** 0: failed builds wait for the next change. */
  retryFailedMs: number;
  run(offices: readonly string[], signal: AbortSignal): Promise<BatchOutcome>;
  /** Called after every change of what is pending (to persist it). */
  onChange(): void;
}

export type Phase = "idle" | "waiting" | "ready" | "building" | "retrying" | "failed";

/** An office waiting for a retry: how many builds in a row failed, and when it is tried again. */
export interface Retry {
  failures: number;
  retryAt: number;
}

interface Entry {
  /** First change not yet covered by a started build. */
  changedSince?: number;
  lastChangeAt?: number;
  /** The latest change ever seen, built or not. */
  lastSeenAt?: number;
  lastBuildEndedAt?: number;
  /** The pending change came after a quiet spell: build it at once. */
  leading: boolean;
  retryAt?: number;
  failures: number;
  building: boolean;
  ready: boolean;
  /** Dropped while its build ran: nothing follows that build. */
  forgotten?: boolean;
}

const maxRetryMs = 60 * 60_000;

export function createScheduler(options: SchedulerOptions) {
  const { clock, log } = options;
  const entries = new Map<string, Entry>();
  const ready: string[] = [];
  const running = new Set<Promise<void>>();
  const controller = new AbortController();
  let waiters: (() => void)[] = [];
  let stopped = false;

  const entry = (slug: string): Entry => {
    let found = entries.get(slug);
    if (!found) {
      found = { failures: 0, building: false, ready: false, leading: false };
      entries.set(slug, found);
    }
    return found;
  };

  function dueAt(e: Entry): number | undefined {
    if (e.changedSince !== undefined && e.leading) return e.changedSince;
    if (e.changedSince !== undefined && e.lastChangeAt !== undefined) {
      // A burst that outlasts a build is not cut short right after it: the follow-up waits for
      // quiet again, up to maxWaitMs from the end of that build.
      const waitFrom = Math.max(e.changedSince, e.lastBuildEndedAt ?? e.changedSince);
      return Math.min(e.lastChangeAt + options.debounceMs, waitFrom + options.maxWaitMs);
    }
    return e.retryAt;
  }

  // One timer for the whole scheduler, set for the earliest due office: offices that fall due
  // together become ready together and can share a batch.
  let wakeTimer: TimerHandle | undefined;
  let wakeAt: number | undefined;

  function reschedule(): void {
    if (stopped) return;
    const now = clock.now();
    const due: [string, number][] = [];
    for (const [slug, e] of entries) {
      const at = e.building || e.ready ? undefined : dueAt(e);
      if (at !== undefined) due.push([slug, at]);
    }
    due.sort((a, b) => a[1] - b[1]);
    for (const [slug, at] of due) {
      if (at > now) break;
      const e = entry(slug);
      e.ready = true;
      ready.push(slug);
    }
    const next = due.find(([, at]) => at > now)?.[1];
    if (next !== wakeAt) {
      clock.clearTimeout(wakeTimer);
      wakeAt = next;
      wakeTimer =
        next === undefined
          ? undefined
          : clock.setTimeout(() => {
              wakeAt = undefined;
              wakeTimer = undefined;
              reschedule();
            }, next - now);
    }
    pump();
  }

  function pump(): void {
    while (!stopped && running.size < options.concurrency && ready.length > 0) {
      const batch = ready.splice(0, options.maxBatch).sort();
      for (const slug of batch) {
        const e = entry(slug);
        e.ready = false;
        e.leading = false;
        e.building = true;
        e.changedSince = undefined;
        e.lastChangeAt = undefined;
        e.retryAt = undefined;
      }
      const job = runBatch(batch).finally(() => {
        running.delete(job);
        pump();
        settle();
      });
      running.add(job);
    }
  }

  async function runBatch(batch: readonly string[]): Promise<void> {
    const startedAt = clock.now();
    let outcome: BatchOutcome;
    try {
      outcome = await options.run(batch, controller.signal);
    } catch (error) {
      log.error("build.crashed", { offices: batch, ...errorFields(error) });
      outcome = new Map(batch.map((slug) => [slug, false]));
    }
    for (const slug of batch) {
      const e = entries.get(slug);
      if (!e) continue;
      e.building = false;
      if (e.forgotten && !stopped) {
        entries.delete(slug);
        continue;
      }
      e.lastBuildEndedAt = clock.now();
      if (stopped) {
        // Cut short by a shutdown: still pending, so the next start builds it.
        e.changedSince ??= startedAt;
        e.lastChangeAt ??= startedAt;
        continue;
      }
      if (outcome.get(slug)) {
        e.failures = 0;
      } else {
        e.failures += 1;
        if (options.retryFailedMs > 0) {
          const delay = Math.min(options.retryFailedMs * 2 ** (e.failures - 1), maxRetryMs);
          e.retryAt = clock.now() + delay;
          log.info("build.retry_scheduled", { office: slug, inMs: delay, failures: e.failures });
        }
      }
    }
    reschedule();
    options.onChange();
  }

  function settle(): void {
    if (!isIdle()) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  }

  function isIdle(): boolean {
    if (running.size > 0 || ready.length > 0) return false;
    for (const e of entries.values()) if (e.changedSince !== undefined) return false;
    return true;
  }

  function phaseOf(slug: string): Phase {
    const e = entries.get(slug);
    if (!e) return "idle";
    if (e.building) return "building";
    if (e.ready) return "ready";
    if (e.changedSince !== undefined) return "waiting";
    if (e.retryAt !== undefined) return "retrying";
    return e.failures > 0 ? "failed" : "idle";
  }

  return {
    /** Records a change of the given offices now. */
    enqueue(slugs: readonly string[]): void {
      if (stopped) return;
      const now = clock.now();
      const quietSince = now - options.debounceMs;
      for (const slug of slugs) {
        const e = entry(slug);
        const quiet =
          !e.building &&
          e.changedSince === undefined &&
          (e.lastSeenAt ?? Number.NEGATIVE_INFINITY) <= quietSince;
        if (options.leadingEdge && quiet) e.leading = true;
        e.forgotten = false;
        e.changedSince ??= now;
        e.lastChangeAt = now;
        e.lastSeenAt = now;
      }
      reschedule();
      options.onChange();
    },

    /** Offices with a change not yet built or a build not yet finished (what a restart redoes). */
    pending(): string[] {
      return [...entries]
        .filter(([, e]) => e.building || e.ready || e.changedSince !== undefined)
        .map(([slug]) => slug)
        .sort();
    },

    phaseOf,

    /** Offices whose last build failed and that wait for a retry. */
    retries(): Record<string, Retry> {
      const found: Record<string, Retry> = {};
      for (const [slug, e] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
        if (e.retryAt !== undefined) found[slug] = { failures: e.failures, retryAt: e.retryAt };
      }
      return found;
    },

    /** Builds failed in a row for an office (0 after a success). */
    failures: (slug: string): number => entries.get(slug)?.failures ?? 0,

    /** Puts back the retries a previous run had scheduled (after a restart). */
    restoreRetries(retries: Readonly<Record<string, Retry>>): void {
      if (stopped) return;
      for (const [slug, retry] of Object.entries(retries)) {
        const e = entry(slug);
        e.failures = Math.max(e.failures, retry.failures);
        if (!e.building && e.changedSince === undefined) e.retryAt = retry.retryAt;
      }
      reschedule();
      options.onChange();
    },

    /** Makes every waiting retry due now (the cause of the failures, e.g. the CMS, is back). */
    retryNow(): string[] {
      if (stopped) return [];
      const now = clock.now();
      const due: string[] = [];
      for (const [slug, e] of entries) {
        if (e.retryAt !== undefined && e.retryAt > now) {
          e.retryAt = now;
          due.push(slug);
        }
      }
      if (due.length > 0) reschedule();
      return due.sort();
    },

    /**
     * Drops an office the CMS no longer has (deleted or renamed): no retry, no pending change.
     * A running build of it finishes; nothing follows it.
     */
    forget(slug: string): void {
      const e = entries.get(slug);
      if (!e) return;
      if (e.ready) ready.splice(ready.indexOf(slug), 1);
      if (e.building) {
        e.forgotten = true;
        e.changedSince = undefined;
        e.lastChangeAt = undefined;
      } else entries.delete(slug);
      reschedule();
      options.onChange();
      settle();
    },

    dueAt(slug: string): number | undefined {
      const e = entries.get(slug);
      return e ? dueAt(e) : undefined;
    },

    /** Resolves once nothing is waiting, ready or building (scheduled retries aside). */
    idle(): Promise<void> {
      if (isIdle()) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },

    /** Stops timers, aborts running builds and waits for them; their offices stay pending. */
    async stop(): Promise<void> {
      stopped = true;
      clock.clearTimeout(wakeTimer);
      controller.abort(new Error("the rebuild service is stopping"));
      await Promise.allSettled([...running]);
      for (const resolve of waiters.splice(0)) resolve();
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
