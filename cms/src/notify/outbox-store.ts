// The outbox's rows in the CMS database (content type `api::rebuild-request.rebuild-request`),
// through Strapi's query engine: a row written while a Document Service write runs joins that
// write's transaction, so the change and its rebuild request commit or roll back together.
import type { Core } from "@strapi/strapi";
import type { OfficeSelection } from "./affected-offices";
import { contentVersions } from "./content-versions";
import type { ChangeSource } from "./notifier";
import type { OutboxRow, OutboxStore } from "./outbox";

export const outboxUid = "api::rebuild-request.rebuild-request";

interface StoredRow {
  id: number;
  offices: unknown;
  change: unknown;
  attempts: number | null;
  nextAttemptAt: string | Date;
}

const iso = (ms: number) => new Date(ms).toISOString();

function rowOf(stored: StoredRow): OutboxRow {
  const offices = Array.isArray(stored.offices) ? stored.offices.map(String) : "*";
  return {
    id: Number(stored.id),
    offices,
    change: stored.change as ChangeSource,
    attempts: Number(stored.attempts ?? 0),
  };
}

export function createOutboxStore(strapi: Core.Strapi): OutboxStore {
  const rows = () => strapi.db.query(outboxUid as never);
  const undelivered = { deliveredAt: { $null: true } };
  const versions = contentVersions(strapi);

  return {
    async add(offices: OfficeSelection, change: ChangeSource, nowMs: number) {
      const stored = offices === "all" ? "*" : [...offices];
      const row = (await rows().create({
        data: { offices: stored, change, attempts: 0, nextAttemptAt: iso(nowMs) },
      })) as { id: number };
      await versions.bump(stored, Number(row.id));
    },

    async due(nowMs, limit) {
      const found = (await rows().findMany({
        where: { ...undelivered, nextAttemptAt: { $lte: iso(nowMs) } },
        orderBy: { id: "asc" },
        limit,
      })) as StoredRow[];
      return found.map(rowOf);
    },

    async nextDueAt() {
      const next = (await rows().findOne({
        where: undelivered,
        orderBy: { nextAttemptAt: "asc" },
        select: ["nextAttemptAt"],
      })) as Pick<StoredRow, "nextAttemptAt"> | null;
      return next ? new Date(next.nextAttemptAt).getTime() : undefined;
    },

    async delivered(ids, nowMs) {
      await rows().updateMany({
        where: { id: { $in: [...ids] } },
        data: { deliveredAt: iso(nowMs), lastError: null },
      });
    },

    async failed(failedRows, error, nextAttemptAtMs) {
      for (const row of failedRows) {
        await rows().update({
          where: { id: row.id },
          data: {
            attempts: row.attempts + 1,
            nextAttemptAt: iso(nextAttemptAtMs),
            lastError: error.slice(0, 1000),
          },
        });
      }
    },

    async prune(beforeMs) {
      const result = await rows().deleteMany({
        where: { deliveredAt: { $notNull: true, $lt: iso(beforeMs) } },
      });
      return Number(result?.count ?? 0);
    },
  };
}
