// Small HTTP clients for tests: the content API (REST, with an API token or none) and the admin
// content manager (with an admin access token), returning status and parsed body.
import { readAllPages } from "@mops/shared/protocol/strapi-pager";

export interface Reply<T = unknown> {
  status: number;
  body: T;
}

export interface ErrorBody {
  error?: {
    status?: number;
    name?: string;
    message?: string;
    details?: { errors?: { path?: string[]; message?: string }[] };
  };
}

const parsed = (text: string): unknown => {
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

async function call<T>(url: string, init: RequestInit, token?: string): Promise<Reply<T>> {
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (init.body !== undefined && !(init.body instanceof FormData)) {
    headers.set("content-type", "application/json");
  }
  const response = await fetch(url, { ...init, headers });
  return { status: response.status, body: parsed(await response.text()) as T };
}

/**
 * Any admin API route as the admin panel calls it, e.g. `request("PUT", "/upload/folders/3", {…})`:
 * a plain body goes as JSON, a FormData as multipart; a body that is not JSON comes back as text.
 */
export function adminApi(url: string, token: string) {
  const request = <T = unknown>(method: string, path: string, body?: unknown) =>
    call<T>(
      `${url}${path}`,
      {
        method,
        ...(body === undefined ? {} : { body: body instanceof FormData ? body : json(body) }),
      },
      token,
    );
  return {
    request,
    get: <T = unknown>(path: string) => request<T>("GET", path),
    post: <T = unknown>(path: string, body: unknown = {}) => request<T>("POST", path, body),
    put: <T = unknown>(path: string, body: unknown = {}) => request<T>("PUT", path, body),
    delete: <T = unknown>(path: string) => request<T>("DELETE", path),
  };
}

/** A form with one file, as the media library uploads it. */
export function fileForm(name: string, bytes: Uint8Array | string, fileInfo?: object): FormData {
  const form = new FormData();
  form.append("files", new Blob([bytes]), name);
  if (fileInfo) form.append("fileInfo", JSON.stringify(fileInfo));
  return form;
}

const json = (data: unknown) => JSON.stringify(data);

export type Entry = Record<string, unknown> & { documentId: string };

/** The one entry of a list; throws when there is none or several. */
export function single(entries: readonly Entry[]): Entry {
  if (entries.length !== 1) throw new Error(`expected one entry, got ${entries.length}`);
  return entries[0]!;
}

/** The REST content API under `/api`. */
export function contentApi(url: string, token?: string) {
  return {
    get: <T = unknown>(path: string) => call<T>(`${url}/api/${path}`, {}, token),
    post: <T = unknown>(path: string, data: unknown) =>
      call<T>(`${url}/api/${path}`, { method: "POST", body: json({ data }) }, token),
    put: <T = unknown>(path: string, data: unknown) =>
      call<T>(`${url}/api/${path}`, { method: "PUT", body: json({ data }) }, token),
    delete: <T = unknown>(path: string) =>
      call<T>(`${url}/api/${path}`, { method: "DELETE" }, token),
    /**
     * Every entry of a collection, with extra query parameters, read with the shared pager in
     * `documentId` order (the same order on every database, and after a restore).
     */
    all(pluralApiId: string, query = ""): Promise<Entry[]> {
      const params = Object.fromEntries(new URLSearchParams(query));
      return readAllPages({ endpoint: pluralApiId, params, sort: "documentId" }, async (path) => {
        const reply = await call<unknown>(`${url}/${path}`, {}, token);
        if (reply.status !== 200) throw new Error(`GET ${pluralApiId}: ${reply.status}`);
        return reply.body;
      });
    },
  };
}

const cm = (url: string, uid: string) => `${url}/content-manager/collection-types/${uid}`;

/** The admin content manager, as the admin panel calls it. */
export function contentManager(url: string, token: string, locale = "pl") {
  const q = `locale=${locale}`;
  return {
    list: <T = { results: Entry[]; pagination: { total: number } }>(uid: string, query = "") =>
      call<T>(`${cm(url, uid)}?page=1&pageSize=100&${q}${query ? `&${query}` : ""}`, {}, token),
    findOne: <T = { data: Entry }>(uid: string, documentId: string) =>
      call<T>(`${cm(url, uid)}/${documentId}?${q}`, {}, token),
    create: <T = { data: Entry }>(uid: string, data: unknown) =>
      call<T>(`${cm(url, uid)}?${q}`, { method: "POST", body: json(data) }, token),
    createAndPublish: <T = { data: Entry }>(uid: string, data: unknown) =>
      call<T>(`${cm(url, uid)}/actions/publish?${q}`, { method: "POST", body: json(data) }, token),
    update: <T = { data: Entry }>(uid: string, documentId: string, data: unknown) =>
      call<T>(`${cm(url, uid)}/${documentId}?${q}`, { method: "PUT", body: json(data) }, token),
    publish: <T = { data: Entry }>(uid: string, documentId: string, data: unknown = {}) =>
      call<T>(
        `${cm(url, uid)}/${documentId}/actions/publish?${q}`,
        { method: "POST", body: json(data) },
        token,
      ),
    unpublish: <T = unknown>(uid: string, documentId: string) =>
      call<T>(
        `${cm(url, uid)}/${documentId}/actions/unpublish?${q}`,
        { method: "POST", body: json({}) },
        token,
      ),
    delete: <T = unknown>(uid: string, documentId: string) =>
      call<T>(`${cm(url, uid)}/${documentId}?${q}`, { method: "DELETE" }, token),
    /** The relation picker: entries of the target of `model.field` an editor may choose. */
    relationOptions: <T = { results: Entry[] }>(model: string, field: string) =>
      call<T>(`${url}/content-manager/relations/${model}/${field}?pageSize=100&${q}`, {}, token),
    historyVersions: <T = unknown>(uid: string, documentId: string) =>
      call<T>(
        `${url}/content-manager/history-versions?contentType=${uid}&documentId=${documentId}&${q}`,
        {},
        token,
      ),
  };
}

/** What the CMS keeps for itself in an admin entry: ids, languages, dates, authors, status. */
const systemFields = [
  "id",
  "documentId",
  "locale",
  "localizations",
  "createdAt",
  "updatedAt",
  "publishedAt",
  "createdBy",
  "updatedBy",
  "status",
] as const;

/**
 * The fields of an admin entry a write may send back, as the edit view does: everything but the
 * CMS's own fields and the `also` named (e.g. relations or private fields the test leaves alone).
 */
export function editableFields(
  entry: Entry,
  also: readonly string[] = [],
): Record<string, unknown> {
  const skipped = new Set<string>([...systemFields, ...also]);
  return Object.fromEntries(Object.entries(entry).filter(([key]) => !skipped.has(key)));
}

/** Creates an API token with the super admin's access token; returns its value. */
export async function createApiToken(
  url: string,
  adminToken: string,
  name: string,
  type: "read-only" | "full-access",
): Promise<string> {
  const reply = await call<{ data: { accessKey: string } }>(
    `${url}/admin/api-tokens`,
    { method: "POST", body: json({ name, type, lifespan: null, description: "tests" }) },
    adminToken,
  );
  if (reply.status !== 201) throw new Error(`creating API token ${name}: ${reply.status}`);
  return reply.body.data.accessKey;
}
