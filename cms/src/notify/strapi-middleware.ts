// What the CMS wires (src/index.ts): the Document Service middleware that records rebuild requests
// in the outbox with each write, and the outbox worker that delivers them, started once the
// database is ready and stopped with Strapi. Strapi appears here only as types and its query
// engine; the logic lives in the modules wired here.
import type { Core, Modules } from "@strapi/strapi";
import type { Scope } from "./affected-offices";
import { slugsOfRows } from "./affected-offices";
import { createChangeMiddleware } from "./change-middleware";
import { contentVersionUid } from "./content-versions";
import { sendRebuildRequest } from "./notifier";
import { createOutboxWorker, type OutboxWorker } from "./outbox";
import { createOutboxStore, outboxUid } from "./outbox-store";
import { notifierSettingsFromEnv } from "./settings";

type DocumentMiddleware = Modules.Documents.Middleware.Middleware;

export interface RebuildNotifyOptions {
  env?: Readonly<Record<string, string | undefined>>;
  /** Non-API content types whose change affects every office (e.g. `plugin::upload.file`). */
  sharedUids?: readonly string[];
}

export interface RebuildNotify {
  /** For `strapi.documents.use` in `register()`. */
  middleware: DocumentMiddleware;
  /** Starts delivering (call in `bootstrap()`). */
  start(): void;
  /** Stops the worker (call in `destroy()`); undelivered requests stay in the outbox. */
  stop(): Promise<void>;
}

export function createRebuildNotify(
  strapi: Core.Strapi,
  options: RebuildNotifyOptions = {},
): RebuildNotify {
  const settings = notifierSettingsFromEnv(options.env ?? process.env);
  if (!settings) {
    strapi.log.info("rebuild notify: off (REBUILD_URL and REBUILD_SECRET are not set)");
    return { middleware: (_context, next) => next(), start() {}, stop: async () => {} };
  }
  strapi.log.info(`rebuild notify: changes go to ${settings.url}, through the outbox`);
  const store = createOutboxStore(strapi);
  let worker: OutboxWorker | undefined;

  async function officeSlugsOf(uid: string, scope: Scope, documentId: string) {
    const query = strapi.db.query(uid);
    if (scope.kind === "office") {
      return slugsOfRows(await query.findMany({ where: { documentId }, select: ["slug"] }));
    }
    if (scope.kind !== "owned") return [];
    const rows = await query.findMany({
      where: { documentId },
      select: ["id"],
      populate: { [scope.relation]: { select: ["slug"] } },
    });
    return slugsOfRows(rows, scope.relation);
  }

  const change = createChangeMiddleware({
    officeSlugsOf,
    transaction: <T>(work: (onCommit: (callback: () => void) => void) => Promise<T>) =>
      strapi.db.transaction(({ onCommit }) => work(onCommit)) as Promise<T>,
    record: (offices, source) => store.add(offices, source, Date.now()),
    committed: () => worker?.wake(),
    log: strapi.log,
    sharedUids: options.sharedUids ?? [],
    ignoredUids: [outboxUid, contentVersionUid],
  });

  return {
    middleware: (context, next) => change<Awaited<ReturnType<typeof next>>>(context, next),
    start() {
      worker ??= createOutboxWorker({
        store,
        send: (batch) => sendRebuildRequest({ ...settings, now: Date.now }, batch),
        now: Date.now,
        log: strapi.log,
      });
      worker.start();
    },
    stop: async () => worker?.stop(),
  };
}
