// The Document Service middleware, free of Strapi: after every successful write it works out the
// affected offices and hands them to the notifier once the transaction has committed. Reading the
// office may fail; that is logged and the editor's save goes on untouched.
import {
  type ContentTypeShape,
  documentIdOf,
  lookupPhases,
  type OfficeSelection,
  type Scope,
  scopeOf,
} from "./affected-offices";
import type { NotifierLog, RebuildNotifier } from "./notifier";

export interface ChangeContext {
  uid: string;
  action: string;
  params: unknown;
  contentType?: ContentTypeShape;
}

export interface ChangeMiddlewareDeps {
  notifier: Pick<RebuildNotifier, "notify">;
  /** The slugs of the offices the document's rows (every locale and status) belong to. */
  officeSlugsOf(uid: string, scope: Scope, documentId: string): Promise<string[]>;
  /** Runs `send` when the current transaction commits (at once outside a transaction). */
  afterCommit(send: () => void): void;
  log: NotifierLog;
  sharedUids?: readonly string[];
}

export function createChangeMiddleware(deps: ChangeMiddlewareDeps) {
  async function lookup(uid: string, scope: Scope, documentId: string | undefined) {
    if (scope.kind === "shared" || documentId === undefined) return [];
    try {
      return await deps.officeSlugsOf(uid, scope, documentId);
    } catch (error) {
      deps.log.error(`rebuild notify: cannot read the office of ${uid} ${documentId}: ${error}`);
      return [];
    }
  }

  return async function rebuildOnChange<T>(
    context: ChangeContext,
    next: () => Promise<T>,
  ): Promise<T> {
    const phases = lookupPhases.get(context.action);
    const scope = scopeOf(context.uid, context.contentType, deps.sharedUids);
    if (!phases || scope.kind === "ignored") return next();

    const documentIdBefore = documentIdOf(context.params);
    const before = phases.before ? await lookup(context.uid, scope, documentIdBefore) : [];
    const result = await next();
    try {
      const documentId = documentIdOf(result) ?? documentIdBefore;
      const after = phases.after ? await lookup(context.uid, scope, documentId) : [];
      const offices: OfficeSelection =
        scope.kind === "shared" ? "all" : [...new Set([...before, ...after])];
      if (offices.length > 0) {
        const source = { uid: context.uid, action: context.action, documentId };
        deps.afterCommit(() => deps.notifier.notify(offices, source));
      }
    } catch (error) {
      deps.log.error(`rebuild notify: ${context.action} of ${context.uid} not queued: ${error}`);
    }
    return result;
  };
}
