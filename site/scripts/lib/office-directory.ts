// The offices a driver run can build: slug and domain of each, read from the CMS.
import { type OfficeTarget, officeTargetSchema } from "../../src/lib/build/build-env.ts";
import { chunks } from "../../src/lib/chunks.ts";
import { officeSpec } from "../../src/lib/strapi/collections.ts";
import { fetchCollection } from "../../src/lib/strapi/fetch-collection.ts";
import { OFFICES_PER_QUERY, officeParams } from "../../src/lib/strapi/strapi-loader.ts";

export type { OfficeTarget };

export class OfficeSelectionError extends Error {
  override name = "OfficeSelectionError";
}

/**
 * The offices of the CMS; with `only`, just those of them (a query per 40 slugs), so a driver
 * asked for one office reads one office however many the CMS holds.
 */
export async function listOffices(
  strapiUrl: string,
  token: string,
  only: readonly string[] = [],
): Promise<OfficeTarget[]> {
  const filters =
    only.length === 0
      ? [{}]
      : chunks(only, OFFICES_PER_QUERY).map((slugs) => officeParams(officeSpec, slugs));
  const entries = [];
  for (const filter of filters) {
    entries.push(
      ...(await fetchCollection(
        { contentType: "office", endpoint: "offices", params: { locale: "pl", ...filter } },
        { baseUrl: strapiUrl, token },
      )),
    );
  }
  return entries.map((entry) => {
    const parsed = officeTargetSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new OfficeSelectionError(
        `office ${entry.documentId}: field "${issue?.path.join(".")}": ${issue?.message}`,
      );
    }
    return parsed.data;
  });
}

/** The requested offices in the order asked; no request means every office. */
export function selectOffices(known: OfficeTarget[], requested: readonly string[]): OfficeTarget[] {
  if (requested.length === 0) return known;
  const bySlug = new Map(known.map((office) => [office.slug, office]));
  const unknown = requested.filter((slug) => !bySlug.has(slug));
  if (unknown.length > 0) {
    throw new OfficeSelectionError(
      `no office ${unknown.map((slug) => `"${slug}"`).join(", ")} in the CMS; known: ${known.map((o) => o.slug).join(", ") || "none"}`,
    );
  }
  return [...new Set(requested)].map((slug) => bySlug.get(slug)!);
}
