// The one function the CMS registers: `strapi.documents.use(rebuildNotifyMiddleware(strapi))`
// in `register()`. Strapi appears here only as types; the logic lives in the modules it wires.
import type { Core, Modules } from "@strapi/strapi";
import type { Scope } from "./affected-offices";
import { slugsOfRows } from "./affected-offices";
import { createChangeMiddleware } from "./change-middleware";
import { createRebuildNotifier } from "./notifier";
import { notifierSettingsFromEnv } from "./settings";

type DocumentMiddleware = Modules.Documents.Middleware.Middleware;

export interface RebuildNotifyOptions {
  env?: Readonly<Record<string, string | undefined>>;
  /** Non-API content types whose change affects every office (e.g. `plugin::upload.file`). */
  sharedUids?: readonly string[];
}

export function rebuildNotifyMiddleware(
  strapi: Core.Strapi,
  options: RebuildNotifyOptions = {},
): DocumentMiddleware {
  const settings = notifierSettingsFromEnv(options.env ?? process.env);
  if (!settings) {
    strapi.log.info("rebuild notify: off (REBUILD_URL and REBUILD_SECRET are not set)");
    return (_context, next) => next();
  }
  strapi.log.info(`rebuild notify: changes go to ${settings.url}`);
  const notifier = createRebuildNotifier({ ...settings, now: Date.now, log: strapi.log });

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

  function afterCommit(send: () => void): void {
    if (!strapi.db.inTransaction()) {
      send();
      return;
    }
    // Joins the running transaction; `onCommit` callbacks are dropped on rollback.
    void strapi.db.transaction(async ({ onCommit }) => onCommit(send));
  }

  const middleware = createChangeMiddleware({
    notifier,
    officeSlugsOf,
    afterCommit,
    log: strapi.log,
    sharedUids: options.sharedUids ?? [],
  });
  return (context, next) => middleware<Awaited<ReturnType<typeof next>>>(context, next);
}
