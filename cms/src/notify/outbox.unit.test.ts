// The outbox worker's rules with an in-memory table and a manual clock: what goes out together,
// what a failure does to the rows, that nothing is ever given up, and what is swept. The
// database-backed store runs in the CMS's integration tests (tests/outbox.int.test.ts).
import { describe, expect, it } from "vitest";
import type { OfficeSelection } from "./affected-offices";
import type { ChangeSource } from "./notifier";
import {
  createOutboxWorker,
  type Delivery,
  mergeOffices,
  type OutboxRow,
  type OutboxStore,
} from "./outbox";

interface MemoryRow extends OutboxRow {
  nextAttemptAt: number;
  deliveredAt?: number;
  lastError?: string;
}

function memoryStore() {
  const rows: MemoryRow[] = [];
  let id = 0;
  const store: OutboxStore = {
    async add(offices: OfficeSelection, change: ChangeSource, nowMs: number) {
      id += 1;
      rows.push({
        id,
        offices: offices === "all" ? "*" : offices,
        change,
        attempts: 0,
        nextAttemptAt: nowMs,
      });
    },
    async due(nowMs, limit) {
      return rows
        .filter((r) => r.deliveredAt === undefined && r.nextAttemptAt <= nowMs)
        .slice(0, limit);
    },
    async nextDueAt() {
      const times = rows.filter((r) => r.deliveredAt === undefined).map((r) => r.nextAttemptAt);
      return times.length ? Math.min(...times) : undefined;
    },
    async delivered(ids, nowMs) {
      for (const row of rows) if (ids.includes(row.id)) row.deliveredAt = nowMs;
    },
    async failed(failed, error, next) {
      for (const row of rows) {
        if (failed.some((f) => f.id === row.id)) {
          row.attempts += 1;
          row.nextAttemptAt = next;
          row.lastError = error;
        }
      }
    },
    async prune(beforeMs) {
      const old = rows.filter((r) => r.deliveredAt !== undefined && r.deliveredAt < beforeMs);
      for (const row of old) rows.splice(rows.indexOf(row), 1);
      return old.length;
    },
  };
  return { rows, store };
}

function harness(answer: () => Delivery) {
  const { rows, store } = memoryStore();
  let now = 1_000_000;
  const sent: { offices: readonly string[] | "*"; events: ChangeSource[] }[] = [];
  const worker = createOutboxWorker({
    store,
    send: async (batch) => {
      sent.push(batch);
      return answer();
    },
    now: () => now,
    log: { info: () => {}, warn: () => {}, error: () => {} },
    batchSize: 3,
  });
  const add = (offices: OfficeSelection, documentId = "d") =>
    store.add(offices, { uid: "api::news-post.news-post", action: "publish", documentId }, now);
  return { rows, sent, worker, add, advance: (ms: number) => (now += ms), now: () => now };
}

const accepted: Delivery = { status: "delivered", detail: "HTTP 202" };
const down: Delivery = { status: "retry", detail: "ECONNREFUSED" };

describe("outbox worker", () => {
  it("sends what is due in one request, offices merged, and marks it delivered", async () => {
    const h = harness(() => accepted);
    await h.add(["kutno"]);
    await h.add(["krasnik", "kutno"]);
    await h.worker.flush();
    expect(h.sent.map((b) => b.offices)).toEqual([["krasnik", "kutno"]]);
    expect(h.rows.every((r) => r.deliveredAt === h.now())).toBe(true);
  });

  it("sends batches of at most batchSize rows, oldest first", async () => {
    const h = harness(() => accepted);
    for (const slug of ["a", "b", "c", "d", "e"]) await h.add([slug]);
    await h.worker.flush();
    expect(h.sent.map((b) => b.offices)).toEqual([
      ["a", "b", "c"],
      ["d", "e"],
    ]);
  });

  it("keeps the rows when the service is down and tries again only when they are due", async () => {
    let answer = down;
    const h = harness(() => answer);
    await h.add(["kalisz"]);
    await h.worker.flush();
    expect(h.rows[0]).toMatchObject({
      attempts: 1,
      lastError: "ECONNREFUSED",
      nextAttemptAt: h.now() + 500,
    });
    await h.worker.flush();
    expect(h.sent).toHaveLength(1);
    answer = accepted;
    h.advance(500);
    await h.worker.flush();
    expect(h.sent).toHaveLength(2);
    expect(h.rows[0]?.deliveredAt).toBe(h.now());
  });

  it("never gives up: the wait grows to the cap and the rows stay", async () => {
    const h = harness(() => down);
    await h.add(["orzesze"]);
    const waits: number[] = [];
    for (let attempt = 0; attempt < 40; attempt++) {
      await h.worker.flush();
      waits.push(h.rows[0]!.nextAttemptAt - h.now());
      h.advance(h.rows[0]!.nextAttemptAt - h.now());
    }
    expect(waits.slice(0, 4)).toEqual([500, 1_000, 2_000, 4_000]);
    expect(waits.at(-1)).toBe(60_000);
    expect(h.rows[0]).toMatchObject({ attempts: 40 });
    expect(h.rows[0]?.deliveredAt).toBeUndefined();
  });

  it("sweeps delivered rows after the retention time, never undelivered ones", async () => {
    let answer = accepted;
    const h = harness(() => answer);
    await h.add(["kutno"]);
    await h.worker.flush();
    answer = down;
    await h.add(["krasnik"]);
    h.advance(31 * 24 * 3600_000);
    await h.worker.flush();
    expect(h.rows.map((r) => r.offices)).toEqual([["krasnik"]]);
  });
});

describe("mergeOffices", () => {
  const row = (offices: readonly string[] | "*"): OutboxRow => ({
    id: 1,
    offices,
    change: { uid: "u", action: "a" },
    attempts: 0,
  });
  it.each([
    [
      [["kutno"], ["kalisz", "kutno"]],
      ["kalisz", "kutno"],
    ],
    [[["kutno"], "*"], "*"],
    [[[]], []],
  ] as const)("%j → %j", (offices, expected) => {
    expect(mergeOffices(offices.map((o) => row(o as readonly string[] | "*")))).toEqual(expected);
  });
});
