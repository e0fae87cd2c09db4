// The offices a driver run can build: slug and domain of each, read from the CMS. One office with
// an invalid record (a bad slug or site address) is reported as unbuildable and fails alone; it
// never makes the list unreadable for the others.
import { type OfficeTarget, officeTargetSchema } from "../../src/lib/build/build-env.ts";
import { chunks } from "../../src/lib/chunks.ts";
import { officeSpec } from "../../src/lib/strapi/collections.ts";
import { fetchCollection } from "../../src/lib/strapi/fetch-collection.ts";
import { OFFICES_PER_QUERY, officeParams } from "../../src/lib/strapi/strapi-loader.ts";

export type { OfficeTarget };

/** An office the CMS holds but no build can render, and why. */
export interface UnbuildableOffice {
  /** The slug as the CMS stores it (may itself be what is wrong), or the document id. */
  slug: string;
  error: string;
}

export interface OfficeList {
  offices: OfficeTarget[];
  unbuildable: UnbuildableOffice[];
}

/** Sorts CMS office entries into buildable targets and unbuildable records. */
export function sortOfficeEntries(entries: readonly Record<string, unknown>[]): OfficeList {
  const list: OfficeList = { offices: [], unbuildable: [] };
  for (const entry of entries) {
    const parsed = officeTargetSchema.safeParse(entry);
    if (parsed.success) {
      list.offices.push(parsed.data);
      continue;
    }
    const issue = parsed.error.issues[0];
    const slug =
      typeof entry.slug === "string" && entry.slug ? entry.slug : String(entry.documentId);
    list.unbuildable.push({
      slug,
      error: `OfficeDataError: office ${String(entry.documentId)} field "${issue?.path.join(".")}": ${issue?.message}`,
    });
  }
  return list;
}

/**
 * The offices of the CMS; with `only`, just those of them (a query per 40 slugs), so a driver
 * asked for one office reads one office however many the CMS holds.
 */
export async function listOffices(
  strapiUrl: string,
  token: string,
  only: readonly string[] = [],
  draftGrant?: string,
): Promise<OfficeList> {
  const filters =
    only.length === 0
      ? [{}]
      : chunks(only, OFFICES_PER_QUERY).map((slugs) => officeParams(officeSpec, slugs));
  const entries: Record<string, unknown>[] = [];
  for (const filter of filters) {
    entries.push(
      ...(await fetchCollection(
        { contentType: "office", endpoint: "offices", params: { locale: "pl", ...filter } },
        { baseUrl: strapiUrl, token, ...(draftGrant ? { draftGrant } : {}) },
      )),
    );
  }
  return sortOfficeEntries(entries);
}

/** What a run builds, and the requested offices it cannot build, each with its cause. */
export interface Selection {
  targets: OfficeTarget[];
  failures: UnbuildableOffice[];
}

/**
 * The requested offices in the order asked; no request means every buildable office. A requested
 * office that is unknown or unbuildable becomes a failure of its own.
 */
export function selectOffices(list: OfficeList, requested: readonly string[]): Selection {
  if (requested.length === 0) return { targets: list.offices, failures: list.unbuildable };
  const bySlug = new Map(list.offices.map((office) => [office.slug, office]));
  const broken = new Map(list.unbuildable.map((office) => [office.slug, office]));
  const known = list.offices.map((office) => office.slug).join(", ") || "none";
  const selection: Selection = { targets: [], failures: [] };
  for (const slug of new Set(requested)) {
    const target = bySlug.get(slug);
    if (target) selection.targets.push(target);
    else {
      selection.failures.push(
        broken.get(slug) ?? {
          slug,
          error: `OfficeSelectionError: no office "${slug}" in the CMS; known: ${known}`,
        },
      );
    }
  }
  return selection;
}
