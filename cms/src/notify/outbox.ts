// The publishing outbox's delivery: rows recorded with each change (in the change's own database
// transaction) are sent to the rebuild service as signed requests until the service has accepted
// them durably (202 after it wrote them to disk; 409 for a request it already holds). Nothing is
// ever dropped: failures are retried with exponential backoff capped at `maxRetryMs`, across
// restarts, since the rows are the state. Framework-free: the store and the sender are injected.
import { NOTIFICATION_MAX_OFFICES } from "@mops/shared/protocol/notification";
import type { OfficeSelection } from "./affected-offices";
import type { ChangeSource, NotifierLog } from "./notifier";
import { retryDelay } from "./notifier";

export interface OutboxRow {
  id: number;
  offices: readonly string[] | "*";
  change: ChangeSource;
  attempts: number;
}

export interface OutboxStore {
  /** Records a change; call inside the transaction of the write it describes. */
  add(offices: OfficeSelection, change: ChangeSource, nowMs: number): Promise<void>;
  /** Undelivered rows due at `nowMs`, oldest first. */
  due(nowMs: number, limit: number): Promise<OutboxRow[]>;
  /** When the next undelivered row falls due, if any. */
  nextDueAt(): Promise<number | undefined>;
  delivered(ids: readonly number[], nowMs: number): Promise<void>;
  failed(rows: readonly OutboxRow[], error: string, nextAttemptAtMs: number): Promise<void>;
  /** Deletes delivered rows older than `beforeMs`; returns how many. */
  prune(beforeMs: number): Promise<number>;
}

export interface Delivery {
  status: "delivered" | "retry";
  detail: string;
}

/** Sends one signed request for a batch of rows. */
export type OutboxSender = (batch: {
  offices: readonly string[] | "*";
  events: ChangeSource[];
}) => Promise<Delivery>;

export interface OutboxOptions {
  store: OutboxStore;
  send: OutboxSender;
  now: () => number;
  log: NotifierLog;
  /** Changes within this window after a wake-up travel in one request. */
  collapseMs?: number;
  initialRetryMs?: number;
  maxRetryMs?: number;
  /** Looks for due rows at least this often (rows written by another process, restarts). */
  pollMs?: number;
  batchSize?: number;
  /** Delivered rows are kept this long (the operator's view, reconciliation). */
  keepDeliveredMs?: number;
}

export const outboxDefaults = {
  collapseMs: 100,
  initialRetryMs: 500,
  maxRetryMs: 60_000,
  pollMs: 15_000,
  batchSize: 200,
  keepDeliveredMs: 30 * 24 * 3600_000,
} as const;

const maxEvents = 20;

export interface OutboxWorker {
  /** Starts delivering (call once the database is ready). */
  start(): void;
  /** A change was committed: deliver soon, after the collapse window. */
  wake(): void;
  /** Delivers what is due now; resolves when this pass is done (tests, shutdown). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/** The offices of several rows: every office if any row names all of them, or too many do. */
export function mergeOffices(rows: readonly OutboxRow[]): readonly string[] | "*" {
  if (rows.some((row) => row.offices === "*")) return "*";
  const offices = [...new Set(rows.flatMap((row) => row.offices as readonly string[]))].sort();
  return offices.length > NOTIFICATION_MAX_OFFICES ? "*" : offices;
}

export function createOutboxWorker(options: OutboxOptions): OutboxWorker {
  const settings = { ...outboxDefaults, ...options };
  const { store, log, now } = settings;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = true;
  let lastPrune = 0;

  function schedule(delayMs: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void pass(), Math.max(0, delayMs));
    timer.unref();
  }

  async function deliverDue(): Promise<void> {
    for (;;) {
      const rows = await store.due(now(), settings.batchSize);
      if (rows.length === 0) return;
      const offices = mergeOffices(rows);
      const target = offices === "*" ? "all offices" : offices.join(", ");
      const events = rows.slice(-maxEvents).map((row) => row.change);
      let outcome: Delivery;
      try {
        outcome = await settings.send({ offices, events });
      } catch (error) {
        outcome = { status: "retry", detail: String(error) };
      }
      if (outcome.status === "delivered") {
        await store.delivered(
          rows.map((row) => row.id),
          now(),
        );
        log.info(`rebuild notify: ${target} accepted (${outcome.detail})`);
        continue;
      }
      const attempt = Math.max(...rows.map((row) => row.attempts)) + 1;
      const delay = retryDelay(attempt, settings.initialRetryMs, settings.maxRetryMs);
      await store.failed(rows, outcome.detail, now() + delay);
      log.warn(`rebuild notify: ${target} not accepted (${outcome.detail}); retry in ${delay} ms`);
      return;
    }
  }

  async function pass(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await deliverDue();
          if (now() - lastPrune > settings.pollMs * 20) {
            lastPrune = now();
            const pruned = await store.prune(now() - settings.keepDeliveredMs);
            if (pruned > 0) log.info(`rebuild notify: ${pruned} delivered requests pruned`);
          }
        } catch (error) {
          log.error(`rebuild notify: outbox pass failed: ${error}`);
        }
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
    await running;
    if (stopped) return;
    const next = await store.nextDueAt().catch(() => undefined);
    const untilNext =
      next === undefined ? settings.pollMs : Math.min(next - now(), settings.pollMs);
    schedule(untilNext);
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    wake() {
      schedule(settings.collapseMs);
    },
    flush: () => pass(),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
