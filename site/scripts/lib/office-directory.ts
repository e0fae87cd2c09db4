// The offices a driver run can build: slug and domain of each, read from the CMS.
import { type OfficeTarget, officeTargetSchema } from "../../src/lib/build/build-env.ts";
import { fetchCollection } from "../../src/lib/strapi/fetch-collection.ts";

export type { OfficeTarget };

export class OfficeSelectionError extends Error {
  override name = "OfficeSelectionError";
}

export async function listOffices(strapiUrl: string, token: string): Promise<OfficeTarget[]> {
  const entries = await fetchCollection(
    { contentType: "office", endpoint: "offices", params: { locale: "pl" } },
    { baseUrl: strapiUrl, token },
  );
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
