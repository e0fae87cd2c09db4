// Admin endpoints that read entries below the Document Service and so escape its middlewares.
// The relation picker (`findAvailable`) and the existing relations of an entry (`findExisting`)
// query the database directly; content history lists an entry's past versions; and an entry's
// page (`/collection-types/:model/:id…`) answers for a document missing in the Document Service
// with the metadata of its other versions. For an office editor the picker is narrowed to their
// offices, and the others answer 404 (403 for history) for another office's entry.
import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { type ContentUid, isContentUid, officeUid } from "../documents/content-types";
import { createDocumentStore } from "../documents/document-store";
import { actorOf } from "./actor";
import { accessMessages } from "./office-scope-middleware";

interface KoaContext {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { query: Record<string, unknown> };
  state: { user?: { email?: unknown; roles?: unknown } };
}

type Next = () => Promise<unknown>;

interface RouteShape {
  path?: string;
  handler?: unknown;
  config?: { middlewares?: unknown[] };
}

type Strapi = Core.Strapi;

function scopedRouteMiddlewares(strapi: Strapi) {
  const store = createDocumentStore(strapi);

  async function editorOffices(ctx: KoaContext): Promise<string[] | undefined> {
    const actor = actorOf(ctx.state.user);
    return actor.kind === "editor" ? store.officesEditedBy(actor.email) : undefined;
  }

  async function isOtherOffice(uid: string, documentId: string | undefined, offices: string[]) {
    if (!documentId || !isContentUid(uid)) return false;
    const owners = await store.officesOf(uid, documentId);
    return !owners.every((owner) => offices.includes(owner));
  }

  async function refuseOtherOffice(uid: string, documentId: string | undefined, offices: string[]) {
    if (await isOtherOffice(uid, documentId, offices)) {
      throw new errors.ForbiddenError(accessMessages.otherOffice);
    }
  }

  /** Another office's entry does not exist for an office editor. */
  const hideOtherOfficeDocument = async (ctx: KoaContext, next: Next) => {
    const offices = await editorOffices(ctx);
    const documentId = ctx.params.id ?? ctx.params.sourceId;
    if (offices && (await isOtherOffice(ctx.params.model ?? "", documentId, offices))) {
      throw new errors.NotFoundError("Nie znaleziono wpisu");
    }
    return next();
  };

  return {
    documentRoutes: hideOtherOfficeDocument,
    "relations.findAvailable": async (ctx: KoaContext, next: Next) => {
      const offices = await editorOffices(ctx);
      const model = store.getModel(ctx.params.model ?? "");
      const target = model?.attributes[ctx.params.targetField ?? ""]?.target;
      if (offices && target && isContentUid(target)) {
        const ids = { $in: offices };
        const scope =
          (target as ContentUid) === officeUid
            ? { documentId: ids }
            : { office: { documentId: ids } };
        const filters = ctx.request.query.filters;
        ctx.request.query.filters = filters ? { $and: [filters, scope] } : scope;
      }
      return next();
    },
    "relations.findExisting": async (ctx: KoaContext, next: Next) => {
      const offices = await editorOffices(ctx);
      if (offices) await refuseOtherOffice(ctx.params.model ?? "", ctx.params.id, offices);
      return next();
    },
    "history-version.findMany": async (ctx: KoaContext, next: Next) => {
      const offices = await editorOffices(ctx);
      const { contentType, documentId } = ctx.query;
      if (offices) {
        await refuseOtherOffice(
          String(contentType ?? ""),
          typeof documentId === "string" ? documentId : undefined,
          offices,
        );
      }
      return next();
    },
  };
}

/** Routes of one document: its page, update, delete, (un)publish, discard, clone, counts. */
const documentRoute =
  /^\/collection-types\/:model\/(:id|clone\/:sourceId|auto-clone\/:sourceId)(\/|$)/;

/** Adds the office-scope middlewares to the content manager's admin routes (call in register). */
export function scopeAdminRoutes(strapi: Strapi): void {
  const {
    documentRoutes,
    ...middlewares
  }: Record<string, (ctx: KoaContext, next: Next) => Promise<unknown>> =
    scopedRouteMiddlewares(strapi);
  const routers = strapi.plugin("content-manager").routes as unknown as Record<
    string,
    { routes?: RouteShape[] }
  >;
  for (const router of Object.values(routers)) {
    for (const route of router.routes ?? []) {
      const middleware =
        typeof route.handler === "string" && middlewares[route.handler]
          ? middlewares[route.handler]
          : documentRoute.test(route.path ?? "")
            ? documentRoutes
            : undefined;
      if (!middleware) continue;
      route.config = {
        ...route.config,
        middlewares: [...(route.config?.middlewares ?? []), middleware],
      };
    }
  }
}
