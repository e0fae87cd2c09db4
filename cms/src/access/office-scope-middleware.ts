// Document Service middleware that scopes office editors to their offices on every admin path:
// reads are filtered (other offices' entries do not exist for them), writes to another office's
// entries, creating or deleting offices, moving an entry to another office and changing an
// office's editor list are refused with 403. A new entry an editor of one office saves without an
// office gets that office (office-fill.ts). Super admins and system calls pass untouched.
import type { Core, Modules } from "@strapi/strapi";
import { type ContentUid, isContentUid, officeScope, officeUid } from "../documents/content-types";
import { createDocumentStore, type DocumentStore, type Row } from "../documents/document-store";
import { entryAfterWrite } from "../documents/entry-after-write";
import { mediaIdsIn } from "../documents/model-walk";
import { createOfficeMedia, type OfficeMedia } from "../media/office-media";
import { accessMessages, refusal } from "./access-messages";
import { currentActor } from "./actor";
import { officeToFill } from "./office-fill";

type Middleware = Modules.Documents.Middleware.Middleware;

const readActions = new Set(["findMany", "findFirst", "count"]);
const documentActions = new Set([
  "update",
  "delete",
  "publish",
  "unpublish",
  "discardDraft",
  "clone",
]);

interface Params {
  documentId?: string;
  filters?: unknown;
  data?: Row;
}

async function inScope(
  store: DocumentStore,
  uid: ContentUid,
  documentId: string,
  offices: readonly string[],
): Promise<boolean> {
  const owners = await store.officesOf(uid, documentId);
  return owners.every((owner) => offices.includes(owner));
}

/** Every file a write attaches must lie in the editor's offices' folders. */
async function checkMedia(
  store: DocumentStore,
  media: OfficeMedia,
  uid: ContentUid,
  data: Row,
  offices: readonly string[],
): Promise<void> {
  for (const id of mediaIdsIn(store.getModel, uid, data)) {
    if (!(await media.fileInOffices(id, offices))) throw refusal(accessMessages.otherOfficeFile);
  }
}

async function checkWrite(
  store: DocumentStore,
  uid: ContentUid,
  action: string,
  params: Params,
  offices: readonly string[],
): Promise<void> {
  if (uid === officeUid && ["create", "delete", "clone"].includes(action)) {
    throw refusal(accessMessages.createOffice);
  }
  const documentId = params.documentId;
  let current: string[] = [];
  if (documentId && action !== "create") {
    current = await store.officesOf(uid, documentId);
    if (!current.every((owner) => offices.includes(owner))) {
      throw refusal(accessMessages.otherOffice);
    }
  }
  if (uid === officeUid) {
    if (params.data && "editorEmails" in params.data && documentId) {
      const [draft] = await store.drafts(uid, documentId);
      if ((draft?.editorEmails ?? null) !== (params.data.editorEmails ?? null)) {
        throw refusal(accessMessages.editors);
      }
    }
    return;
  }
  if (!params.data || !("office" in params.data || action === "create")) return;
  const [base] = documentId && action !== "create" ? await store.drafts(uid, documentId) : [];
  const after = (await entryAfterWrite(store, uid, base ?? {}, params.data)).relations.office ?? [];
  const fill = officeToFill({ uid, action, officeAfter: after, editorOffices: offices });
  if (fill !== undefined) {
    params.data.office = { set: [{ documentId: fill }] };
    return;
  }
  const target = after[0];
  if (target === undefined) return; // no office: the rules reject the write
  if (!offices.includes(target)) throw refusal(accessMessages.otherOffice);
  if (action === "update" && current.length > 0 && !current.includes(target)) {
    throw refusal(accessMessages.move);
  }
}

export function officeScopeMiddleware(strapi: Core.Strapi): Middleware {
  const store = createDocumentStore(strapi);
  const media = createOfficeMedia(strapi);

  return async (context, next) => {
    const uid = String(context.uid);
    if (!isContentUid(uid)) return next();
    const actor = currentActor(strapi);
    if (actor.kind !== "editor") return next();
    const offices = await store.officesEditedBy(actor.email);
    const params = context.params as Params;

    if (readActions.has(context.action)) {
      const scope = officeScope(uid, offices);
      params.filters = params.filters ? { $and: [params.filters, scope] } : scope;
      return next();
    }
    if (context.action === "findOne") {
      if (params.documentId && !(await inScope(store, uid, params.documentId, offices))) {
        return null;
      }
      return next();
    }
    if (context.action === "create" || documentActions.has(context.action)) {
      await checkWrite(store, uid, context.action, params, offices);
      if (params.data) await checkMedia(store, media, uid, params.data, offices);
    }
    return next();
  };
}
