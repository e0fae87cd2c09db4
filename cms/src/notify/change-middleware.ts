// The Document Service middleware, free of Strapi: every successful write records which offices
// must be rebuilt in the publishing outbox, inside the write's own database transaction, so the
// change and its rebuild request commit together or not at all. Once the transaction committed,
// the outbox worker is woken to deliver. An office that cannot be read means every office.
import {
  type ContentTypeShape,
  documentIdOf,
  lookupPhases,
  type OfficeSelection,
  type Scope,
  scopeOf,
} from "./affected-offices";
import type { ChangeSource, NotifierLog } from "./notifier";

export interface ChangeContext {
  uid: string;
  action: string;
  params: unknown;
  contentType?: ContentTypeShape;
}

export interface ChangeMiddlewareDeps {
  /** The slugs of the offices the document's rows (every locale and status) belong to. */
  officeSlugsOf(uid: string, scope: Scope, documentId: string): Promise<string[]>;
  /** Runs `work` in a database transaction (joining one that runs already). */
  transaction<T>(work: (onCommit: (callback: () => void) => void) => Promise<T>): Promise<T>;
  /** Records a rebuild request in the outbox, in the current transaction. */
  record(offices: OfficeSelection, change: ChangeSource): Promise<void>;
  /** Called once a transaction with a recorded request committed. */
  committed(): void;
  log: NotifierLog;
  sharedUids?: readonly string[];
  /** Types never notified (the outbox's own tables). */
  ignoredUids?: readonly string[];
}

export function createChangeMiddleware(deps: ChangeMiddlewareDeps) {
  async function lookup(uid: string, scope: Scope, documentId: string | undefined) {
    if (scope.kind === "shared" || documentId === undefined) return [];
    try {
      return await deps.officeSlugsOf(uid, scope, documentId);
    } catch (error) {
      deps.log.error(
        `rebuild notify: cannot read the office of ${uid} ${documentId}, asking for every office: ${error}`,
      );
      return "all" as const;
    }
  }

  return async function rebuildOnChange<T>(
    context: ChangeContext,
    next: () => Promise<T>,
  ): Promise<T> {
    const phases = lookupPhases.get(context.action);
    const scope = scopeOf(context.uid, context.contentType, deps.sharedUids);
    if (!phases || scope.kind === "ignored" || deps.ignoredUids?.includes(context.uid)) {
      return next();
    }

    return deps.transaction(async (onCommit) => {
      const documentIdBefore = documentIdOf(context.params);
      const before = phases.before ? await lookup(context.uid, scope, documentIdBefore) : [];
      const result = await next();
      const documentId = documentIdOf(result) ?? documentIdBefore;
      const after = phases.after ? await lookup(context.uid, scope, documentId) : [];
      const offices: OfficeSelection =
        scope.kind === "shared" || before === "all" || after === "all"
          ? "all"
          : [...new Set([...before, ...after])];
      if (offices === "all" || offices.length > 0) {
        await deps.record(offices, { uid: context.uid, action: context.action, documentId });
        onCommit(deps.committed);
      }
      return result;
    });
  };
}
