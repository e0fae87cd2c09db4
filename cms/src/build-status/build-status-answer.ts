// The admin's build-status answer: for each office the user may see, its slug, name and the
// rebuild service's status (null when the service did not answer). "all" is a super admin's
// view; an office editor's list holds the documentIds of their offices. An office outside the
// list does not exist for the asker (404), whatever its slug.
import type { OfficeStatus } from "@mops/shared/protocol/office-status";
import type { Core } from "@strapi/strapi";
import { officeUid } from "../documents/content-types";
import type { FetchStatus } from "./status-client";

export interface OfficeBuildStatus {
  office: string;
  name: string;
  status: OfficeStatus | null;
}

interface OfficeRow {
  documentId: string;
  slug: string | null;
  name: string | null;
  publishedAt: string | null;
}

export class NoSuchOfficeError extends Error {
  override name = "NoSuchOfficeError";
}

/** The offices the asker may see, one per document (the published version's slug first). */
async function visibleOffices(
  strapi: Core.Strapi,
  allowed: readonly string[] | "all",
): Promise<{ slug: string; name: string }[]> {
  if (allowed !== "all" && allowed.length === 0) return [];
  const rows = (await strapi.db.query(officeUid).findMany({
    ...(allowed === "all" ? {} : { where: { documentId: { $in: [...allowed] } } }),
    select: ["documentId", "slug", "name", "publishedAt"],
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
    .map((row) => ({ slug: row.slug, name: row.name ?? row.slug }))
    .sort((a, b) => a.name.localeCompare(b.name, "pl"));
}

export async function buildStatusAnswer(
  strapi: Core.Strapi,
  fetchStatus: FetchStatus,
  allowed: readonly string[] | "all",
  office?: string,
): Promise<OfficeBuildStatus[]> {
  const offices = (await visibleOffices(strapi, allowed)).filter(
    (candidate) => office === undefined || candidate.slug === office,
  );
  if (office !== undefined && offices.length === 0) {
    throw new NoSuchOfficeError(`no such office: ${office}`);
  }
  return Promise.all(
    offices.map(async ({ slug, name }) => ({
      office: slug,
      name,
      status: (await fetchStatus(slug)) ?? null,
    })),
  );
}
