// The admin's build-status answer: for each office the user may see, its slug, name, the page to
// look at and the rebuild service's status (null when the service did not answer). "all" is a
// super admin's view; an office editor's list holds the documentIds of their offices. Asked about
// one entry (its model and documentId), only that entry's office, with a link to its page. An
// office or entry outside the list does not exist for the asker (404), whatever its slug.
import type { OfficeStatus } from "@mops/shared/protocol/office-status";
import type { Core } from "@strapi/strapi";
import { isContentUid, officeUid } from "../documents/content-types";
import type { DocumentStore } from "../documents/document-store";
import { entryPageUrl } from "./entry-page";
import type { FetchStatus } from "./status-client";

export interface OfficeBuildStatus {
  office: string;
  name: string;
  /** The office's home page, or the asked entry's page. */
  page?: string;
  status: OfficeStatus | null;
}

export interface AskedEntry {
  uid: string;
  documentId: string;
}

interface OfficeRow {
  documentId: string;
  slug: string | null;
  name: string | null;
  siteUrl: string | null;
  publishedAt: string | null;
}

export class NoSuchOfficeError extends Error {
  override name = "NoSuchOfficeError";
}

/** The offices among `ids` ("all": every one), one per document, published version first. */
async function officeRows(strapi: Core.Strapi, ids: readonly string[] | "all") {
  if (ids !== "all" && ids.length === 0) return [];
  const rows = (await strapi.db.query(officeUid).findMany({
    ...(ids === "all" ? {} : { where: { documentId: { $in: [...ids] } } }),
    select: ["documentId", "slug", "name", "siteUrl", "publishedAt"],
  })) as OfficeRow[];
  const byDocument = new Map<string, OfficeRow>();
  for (const row of rows) {
    const seen = byDocument.get(row.documentId);
    if (!seen || (seen.publishedAt === null && row.publishedAt !== null)) {
      byDocument.set(row.documentId, row);
    }
  }
  return [...byDocument.values()]
    .filter((row): row is OfficeRow & { slug: string } => Boolean(row.slug))
    .sort((a, b) => (a.name ?? a.slug).localeCompare(b.name ?? b.slug, "pl"));
}

/** The offices of an entry the asker may see, and its slug (for the page link). */
async function entryOffices(
  strapi: Core.Strapi,
  store: DocumentStore,
  allowed: readonly string[] | "all",
  entry: AskedEntry,
): Promise<{ ids: string[]; slug: string | undefined }> {
  if (!isContentUid(entry.uid)) throw new NoSuchOfficeError(`no such entry: ${entry.documentId}`);
  const owners = await store.officesOf(entry.uid, entry.documentId);
  const ids = owners.filter((id) => allowed === "all" || allowed.includes(id));
  if (ids.length === 0 || ids.length < owners.length) {
    throw new NoSuchOfficeError(`no such entry: ${entry.documentId}`);
  }
  // A schedule has no slug of its own (its page does not depend on one): asking for the column
  // would fail the query.
  if (!("slug" in (strapi.contentType(entry.uid)?.attributes ?? {}))) {
    return { ids, slug: undefined };
  }
  const [row] = (await strapi.db.query(entry.uid).findMany({
    where: { documentId: entry.documentId },
    select: ["slug"],
    limit: 1,
  })) as { slug?: string | null }[];
  return { ids, slug: row?.slug ?? undefined };
}

export async function buildStatusAnswer(
  strapi: Core.Strapi,
  store: DocumentStore,
  fetchStatus: FetchStatus,
  allowed: readonly string[] | "all",
  asked: { office?: string; entry?: AskedEntry } = {},
): Promise<OfficeBuildStatus[]> {
  const fromEntry = asked.entry
    ? await entryOffices(strapi, store, allowed, asked.entry)
    : undefined;
  const offices = (await officeRows(strapi, fromEntry?.ids ?? allowed)).filter(
    (row) => asked.office === undefined || row.slug === asked.office,
  );
  if (asked.office !== undefined && offices.length === 0) {
    throw new NoSuchOfficeError(`no such office: ${asked.office}`);
  }
  return Promise.all(
    offices.map(async (row) => {
      const page = entryPageUrl(row.siteUrl ?? "", asked.entry?.uid, fromEntry?.slug);
      return {
        office: row.slug,
        name: row.name ?? row.slug,
        ...(page ? { page } : {}),
        status: (await fetchStatus(row.slug)) ?? null,
      };
    }),
  );
}
