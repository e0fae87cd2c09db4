// Scopes of the content manager's entry routes. Most reads and writes also pass the Document
// Service's office scope (../office-scope-middleware.ts); these cover what the admin API reads or
// writes beside it: an entry's page (which shows other versions of a document the Document
// Service hides), relation pickers, bulk actions (checked whole before anything is written),
// draft-relation counts and i18n helpers that read rows directly.
import { type ContentUid, isContentUid, officeScope } from "../../documents/content-types";
import { accessMessages, refusal } from "../access-messages";
import {
  bodyOf,
  type Editor,
  type KoaContext,
  listOf,
  type Next,
  type ScopeServices,
} from "./scope";

/** An entry row id no table holds (the largest 32-bit id): a foreign entry is looked up as it. */
const missingRowId = 2_147_483_647;

export function documentScopes({ store }: ScopeServices) {
  async function owns(uid: ContentUid, documentId: unknown, editor: Editor): Promise<boolean> {
    if (typeof documentId !== "string" || documentId === "") return false;
    const owners = await store.officesOf(uid, documentId);
    return owners.length > 0 && owners.every((owner) => editor.offices.includes(owner));
  }

  /** The route's content type, refused unless it is one of the CMS's own. */
  function contentType(uid: unknown): ContentUid {
    if (typeof uid === "string" && isContentUid(uid)) return uid;
    throw refusal(accessMessages.platform);
  }

  return {
    /** Lists and creates: the Document Service scopes them; only the CMS's types are open. */
    "content-type": async (ctx: KoaContext, next: Next) => {
      contentType(ctx.params.model);
      return next();
    },

    /** Reads through the Document Service only (its office scope filters them). */
    "recent-documents": async (_ctx: KoaContext, next: Next) => next(),

    /** One entry: another office's entry is missing. */
    document: async (ctx: KoaContext, next: Next, editor: Editor) => {
      const uid = contentType(ctx.params.model);
      if (!(await owns(uid, ctx.params.id ?? ctx.params.sourceId, editor))) return ctx.notFound();
      return next();
    },

    /** A preview link is signed only for an entry of the editor's offices. */
    "preview-url": async (ctx: KoaContext, next: Next, editor: Editor) => {
      const uid = contentType(ctx.params.contentType);
      if (!(await owns(uid, ctx.request.query.documentId, editor))) return ctx.notFound();
      return next();
    },

    /** Bulk actions: every entry must be the editor's, or nothing is done. */
    "bulk-documents": async (ctx: KoaContext, next: Next, editor: Editor) => {
      const uid = contentType(ctx.params.model);
      const ids = listOf(bodyOf(ctx).documentIds);
      for (const id of ids) if (!(await owns(uid, id, editor))) return ctx.notFound();
      return next();
    },

    /** Counts over several entries: another office's entries count as missing. */
    "draft-relation-counts": async (ctx: KoaContext, next: Next, editor: Editor) => {
      const uid = contentType(ctx.params.model);
      const own: unknown[] = [];
      for (const id of listOf(ctx.request.query.documentIds)) {
        if (await owns(uid, id, editor)) own.push(id);
      }
      ctx.request.query.documentIds = own;
      return next();
    },

    /** The relation picker offers the editor's offices' entries only. */
    "relation-picker": async (ctx: KoaContext, next: Next, editor: Editor) => {
      const uid = contentType(ctx.params.model);
      const source = ctx.request.query.id;
      if (source !== undefined && !(await owns(uid, source, editor))) return ctx.notFound();
      const target = store.getModel(uid)?.attributes[ctx.params.targetField ?? ""]?.target;
      if (!target || !isContentUid(target)) throw refusal(accessMessages.platform);
      const filters = ctx.request.query.filters;
      const scope = officeScope(target, editor.offices);
      ctx.request.query.filters = filters ? { $and: [filters, scope] } : scope;
      return next();
    },

    /** The relations an entry has. */
    "existing-relations": async (ctx: KoaContext, next: Next, editor: Editor) => {
      const uid = contentType(ctx.params.model);
      if (!(await owns(uid, ctx.params.id, editor))) return ctx.notFound();
      return next();
    },

    /** i18n's copy of another locale's fields: by entry row id or by document id. */
    "i18n-entry": async (ctx: KoaContext, next: Next, editor: Editor) => {
      const body = bodyOf(ctx);
      if (ctx.method === "POST") {
        const uid = contentType(body.model);
        const rowId = Number(body.id);
        const documentId = Number.isInteger(rowId)
          ? (await store.documentIds(uid, [{ id: rowId }])).get(rowId)
          : undefined;
        if (!(await owns(uid, documentId, editor))) body.id = missingRowId;
        return next();
      }
      const uid = contentType(ctx.params.model);
      if (!(await owns(uid, ctx.request.query.documentId, editor))) return ctx.notFound();
      return next();
    },
  };
}
