// The admin routes of the build status: GET /admin/build-status (every office the user may see;
// `?model=<uid>&document=<documentId>`: that entry's office, with its page) and
// GET /admin/build-status/:office. Registered into the admin's own routers before the
// office-editor gate is put on them; for an office editor the gate's "build-status" scope
// answers with the editor's offices only (src/access/route-scopes/build-status.ts), the handler
// here answers super admins with all offices.
import type { Core } from "@strapi/strapi";
import { createDocumentStore, type DocumentStore } from "../documents/document-store";
import { notifierSettingsFromEnv } from "../notify/settings";
import { buildStatusAnswer, NoSuchOfficeError } from "./build-status-answer";
import { createStatusClient, type FetchStatus } from "./status-client";

export const buildStatusPaths = ["/admin/build-status", "/admin/build-status/:office"] as const;

interface StatusContext {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  body: unknown;
  notFound(message?: string): void;
}

let client: FetchStatus | undefined;
let store: DocumentStore | undefined;

/** The status client of this process's settings, made on first use. */
export function statusClient(): FetchStatus {
  client ??= createStatusClient(notifierSettingsFromEnv(process.env));
  return client;
}

/** Answers the request for the given offices ("all" or documentIds), 404 for another office. */
export async function answerBuildStatus(
  strapi: Core.Strapi,
  ctx: StatusContext,
  allowed: readonly string[] | "all",
): Promise<void> {
  const office = ctx.params.office;
  const { model, document } = ctx.query;
  const entry =
    typeof model === "string" && typeof document === "string"
      ? { uid: model, documentId: document }
      : undefined;
  store ??= createDocumentStore(strapi);
  try {
    const data = await buildStatusAnswer(strapi, store, statusClient(), allowed, {
      office,
      entry,
    });
    ctx.body = { data: office === undefined ? data : data[0] };
  } catch (error) {
    if (error instanceof NoSuchOfficeError) return ctx.notFound(error.message);
    throw error;
  }
}

/** Adds the router to the admin's routers; call in `register`, before the gate. */
export function registerBuildStatusRoutes(strapi: Core.Strapi): void {
  const routers = strapi.admin.routes as unknown as Record<string, unknown>;
  routers["mops-build-status"] = {
    type: "admin",
    routes: buildStatusPaths.map((path) => ({
      method: "GET",
      path: path.slice("/admin".length),
      handler: (ctx: StatusContext) => answerBuildStatus(strapi, ctx, "all"),
      config: { policies: ["admin::isAuthenticatedAdmin"] },
    })),
  };
}
