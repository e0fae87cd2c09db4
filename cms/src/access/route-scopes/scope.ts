// What a route scope is: a Koa route middleware that runs for an office editor only, after
// Strapi's own authentication and policies, and confines the route to the editor's offices.
// Another office's data answers exactly as missing data does (the controller's own `notFound`).
import type { Core } from "@strapi/strapi";
import type { DocumentStore } from "../../documents/document-store";
import type { OfficeMedia } from "../../media/office-media";

export interface KoaContext {
  method: string;
  path: string;
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { query: Record<string, unknown>; body?: unknown };
  state: { user?: { id?: unknown; email?: unknown; roles?: unknown } };
  status: number;
  body: unknown;
  notFound(message?: string): void;
}

export type Next = () => Promise<unknown>;

export interface Editor {
  /** Document ids of the offices the editor works for (possibly none). */
  offices: readonly string[];
}

export interface ScopeServices {
  strapi: Core.Strapi;
  store: DocumentStore;
  media: OfficeMedia;
}

export type Scope = (ctx: KoaContext, next: Next, editor: Editor) => Promise<unknown>;

/** The request body as a record (Strapi parses JSON and multipart bodies into one). */
export const bodyOf = (ctx: KoaContext): Record<string, unknown> =>
  typeof ctx.request.body === "object" && ctx.request.body !== null
    ? (ctx.request.body as Record<string, unknown>)
    : {};

/** A list parameter sent as one value or several (`a=1&a=2`, JSON arrays). */
export const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
