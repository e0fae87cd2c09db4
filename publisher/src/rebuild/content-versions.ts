// The CMS's content version of each office: a number that grows with every published change
// that concerns the office (key "*": changes that concern every office). Read from the CMS's
// `GET /api/content-versions` with the read token; see cms/src/notify/content-versions.ts.
import { z } from "zod";

export type ContentVersions = Readonly<Record<string, number>>;

export class ContentVersionsError extends Error {
  override name = "ContentVersionsError";
}

const answerSchema = z.object({ data: z.record(z.string(), z.number().int().min(0)) });

export async function fetchContentVersions(
  strapiUrl: string,
  token: string | undefined,
  timeoutMs = 5_000,
): Promise<ContentVersions> {
  const url = new URL("/api/content-versions", strapiUrl);
  const response = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(timeoutMs),
  }).catch((error: unknown) => {
    throw new ContentVersionsError(`cannot reach Strapi at ${strapiUrl}`, { cause: error });
  });
  if (!response.ok) {
    throw new ContentVersionsError(`Strapi answered ${response.status} to ${url.pathname}`);
  }
  const parsed = answerSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ContentVersionsError(`${url.pathname} answered with an unexpected shape`);
  }
  return parsed.data.data;
}

/** The version an office's site must be built from to be current. */
export function versionOf(versions: ContentVersions, slug: string): number {
  return Math.max(versions[slug] ?? 0, versions["*"] ?? 0);
}
