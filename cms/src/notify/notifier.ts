// Sends "rebuild these offices" to the rebuild service without ever blocking or failing the
// caller. Changes collapse for a short window into one signed POST; while the receiver is down
// the POST is retried with exponential backoff, and new changes merge into what is pending, so
// memory stays bounded by the number of offices (past a cap the request becomes "all offices").
import { randomUUID } from "node:crypto";
import type { Notification, NotificationEvent } from "@mops/shared/protocol/notification";
import { signedHeaders } from "@mops/shared/protocol/signature";
import type { OfficeSelection } from "./affected-offices";

export interface NotifierLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What changed, for the receiver's logs. */
export type ChangeSource = NotificationEvent;

export interface NotifierOptions {
  url: string;
  secret: string;
  /** Milliseconds since the epoch; signatures carry it. */
  now: () => number;
  log: NotifierLog;
  /** Changes within this window after the first one travel in one request. */
  collapseMs?: number;
  initialRetryMs?: number;
  maxRetryMs?: number;
  /** A request still failing this long after its first failure is dropped with an error. */
  giveUpAfterMs?: number;
  requestTimeoutMs?: number;
  /** More distinct pending offices than this become one "all offices" request. */
  maxPendingOffices?: number;
}

export interface RebuildNotifier {
  /** Queues a change; returns at once and never throws. */
  notify(offices: OfficeSelection, source: ChangeSource): void;
  /**
   * Sends what is pending now, without waiting for the collapse window or for the backoff of a
   * retry; resolves when done.
   */
  flush(): Promise<void>;
  /** Stops all timers; what is still pending is dropped. */
  close(): void;
}

export const notifierDefaults = {
  collapseMs: 100,
  initialRetryMs: 500,
  maxRetryMs: 30_000,
  giveUpAfterMs: 60 * 60_000,
  requestTimeoutMs: 5_000,
  maxPendingOffices: 500,
} as const;

const maxEvents = 20;

type Delivery = "delivered" | "rejected" | "retry";

// 409: the receiver has seen this very request (a retry after a lost response), so it arrived.
const deliveryByStatus: ReadonlyMap<number, Delivery> = new Map([
  [408, "retry"],
  [409, "delivered"],
  [425, "retry"],
  [429, "retry"],
]);

export function deliveryOf(status: number): Delivery {
  const listed = deliveryByStatus.get(status);
  if (listed) return listed;
  if (status >= 200 && status < 300) return "delivered";
  return status >= 500 ? "retry" : "rejected";
}

export function retryDelay(attempt: number, initialMs: number, maxMs: number): number {
  return Math.min(initialMs * 2 ** Math.max(0, attempt - 1), maxMs);
}

interface Batch {
  offices: string[] | "*";
  events: ChangeSource[];
  versions: Map<string, number>;
  allVersion: number;
}

export function createRebuildNotifier(options: NotifierOptions): RebuildNotifier {
  const settings = { ...notifierDefaults, ...options };
  const { log, now } = settings;
  // Each pending office remembers the version of its latest change: a change that arrives while
  // a request is in flight keeps the office pending after that request succeeds.
  const pending = new Map<string, number>();
  let allVersion = 0;
  let allSentVersion = 0;
  let version = 0;
  let events: ChangeSource[] = [];
  let collapseTimer: NodeJS.Timeout | undefined;
  let sleeper: { timer: NodeJS.Timeout; wake: () => void } | undefined;
  let draining: Promise<void> | undefined;
  let closed = false;

  const hasPending = () => allVersion > allSentVersion || pending.size > 0;

  function notify(offices: OfficeSelection, source: ChangeSource): void {
    try {
      if (closed) return;
      version += 1;
      if (offices === "all" || pending.size + offices.length > settings.maxPendingOffices) {
        allVersion = version;
        pending.clear();
      } else {
        for (const slug of offices) pending.set(slug, version);
      }
      events.push(source);
      if (events.length > maxEvents) events = events.slice(-maxEvents);
      scheduleDrain(settings.collapseMs);
    } catch (error) {
      log.error(`rebuild notify: could not queue a change: ${describe(error)}`);
    }
  }

  function scheduleDrain(delayMs: number): void {
    if (closed || draining || collapseTimer || !hasPending()) return;
    collapseTimer = setTimeout(startDrain, delayMs);
    collapseTimer.unref();
  }

  function startDrain(): Promise<void> {
    clearTimeout(collapseTimer);
    collapseTimer = undefined;
    draining ??= drain().finally(() => {
      draining = undefined;
      scheduleDrain(0);
    });
    return draining;
  }

  function takeBatch(): Batch {
    const all = allVersion > allSentVersion;
    return {
      offices: all ? "*" : [...pending.keys()].sort(),
      events: [...events],
      versions: new Map(pending),
      allVersion,
    };
  }

  function settle(batch: Batch): void {
    if (batch.offices === "*") allSentVersion = Math.max(allSentVersion, batch.allVersion);
    for (const [slug, sentVersion] of batch.versions) {
      if (pending.get(slug) === sentVersion) pending.delete(slug);
    }
    events = events.filter((event) => !batch.events.includes(event));
  }

  async function drain(): Promise<void> {
    let attempt = 0;
    let failingSince: number | undefined;
    while (hasPending() && !closed) {
      const batch = takeBatch();
      const target = batch.offices === "*" ? "all offices" : batch.offices.join(", ");
      const outcome = await send(batch);
      if (outcome.delivery === "retry") {
        failingSince ??= now();
        if (now() - failingSince < settings.giveUpAfterMs) {
          attempt += 1;
          const delay = retryDelay(attempt, settings.initialRetryMs, settings.maxRetryMs);
          log.warn(
            `rebuild notify: ${target} not delivered (${outcome.detail}); retry in ${delay} ms`,
          );
          await sleep(delay);
          continue;
        }
        log.error(
          `rebuild notify: gave up on ${target} after ${attempt} retries (${outcome.detail})`,
        );
      } else if (outcome.delivery === "rejected") {
        log.error(`rebuild notify: the rebuild service rejected ${target} (${outcome.detail})`);
      } else {
        log.info(`rebuild notify: ${target} delivered (${outcome.detail})`);
      }
      settle(batch);
      attempt = 0;
      failingSince = undefined;
    }
  }

  async function send(batch: Batch): Promise<{ delivery: Delivery; detail: string }> {
    // A fresh id per request: the receiver refuses only an exact replay of one it has seen.
    const notification: Notification = {
      id: randomUUID(),
      offices: batch.offices,
      events: batch.events,
    };
    const body = JSON.stringify(notification);
    try {
      const response = await fetch(settings.url, {
        method: "POST",
        headers: signedHeaders(settings.secret, now(), body),
        body,
        signal: AbortSignal.timeout(settings.requestTimeoutMs),
      });
      const text = (await response.text()).slice(0, 200);
      return { delivery: deliveryOf(response.status), detail: `HTTP ${response.status} ${text}` };
    } catch (error) {
      return { delivery: "retry", detail: describe(error) };
    }
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        sleeper = undefined;
        resolve();
      }, ms);
      timer.unref();
      sleeper = { timer, wake: resolve };
    });
  }

  return {
    notify,
    flush() {
      if (sleeper) {
        clearTimeout(sleeper.timer);
        sleeper.wake();
        sleeper = undefined;
      }
      return hasPending() || draining ? startDrain() : Promise.resolve();
    },
    close() {
      closed = true;
      clearTimeout(collapseTimer);
      collapseTimer = undefined;
      if (sleeper) {
        clearTimeout(sleeper.timer);
        sleeper.wake();
        sleeper = undefined;
      }
    },
  };
}

// fetch reports "fetch failed" and puts the reason (ECONNREFUSED, timeout, …) in `cause`.
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = "cause" in error ? error.cause : undefined;
  const reason = cause instanceof Error ? `: ${cause.message}` : "";
  return `${error.name}: ${error.message}${reason}`;
}
