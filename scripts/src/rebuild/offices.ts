// The offices the service knows: a fixed list from the configuration, or the published offices
// in Strapi (read again, at most every few seconds, when a notification names an unknown one, so
// an office created in the admin is accepted without a restart).
import { z } from "zod";
import type { Clock } from "./clock.ts";
import { officeSlug } from "./notification.ts";

export interface OfficeDirectory {
  list(): Promise<readonly string[]>;
  /** The given slugs that are not known offices. */
  unknown(slugs: readonly string[]): Promise<string[]>;
}

export class DirectoryError extends Error {
  override name = "DirectoryError";
}

export function staticDirectory(slugs: readonly string[]): OfficeDirectory {
  const known = new Set(slugs);
  return {
    list: async () => [...known].sort(),
    unknown: async (asked) => asked.filter((slug) => !known.has(slug)),
  };
}

const officePage = z.object({
  data: z.array(z.object({ slug: officeSlug })),
  meta: z.object({ pagination: z.object({ page: z.number(), pageCount: z.number() }) }),
});

export async function fetchOfficeSlugs(strapiUrl: string, token?: string): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; ; page += 1) {
    const url = new URL("/api/offices", strapiUrl);
    url.searchParams.set("fields[0]", "slug");
    url.searchParams.set("pagination[page]", String(page));
    url.searchParams.set("pagination[pageSize]", "100");
    const response = await fetch(url, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(10_000),
    }).catch((error: unknown) => {
      throw new DirectoryError(`cannot reach Strapi at ${strapiUrl}`, { cause: error });
    });
    if (!response.ok) {
      throw new DirectoryError(`Strapi answered ${response.status} to ${url.pathname}`);
    }
    const parsed = officePage.safeParse(await response.json());
    if (!parsed.success) throw new DirectoryError(`Strapi's office list has an unexpected shape`);
    slugs.push(...parsed.data.data.map((office) => office.slug));
    if (page >= parsed.data.meta.pagination.pageCount) return [...new Set(slugs)].sort();
  }
}

export function strapiDirectory(options: {
  url: string;
  token?: string;
  clock: Pick<Clock, "now">;
  minRefreshMs?: number;
}): OfficeDirectory {
  const minRefreshMs = options.minRefreshMs ?? 5_000;
  let cached: { slugs: Set<string>; at: number } | undefined;

  async function refresh(): Promise<Set<string>> {
    const slugs = new Set(await fetchOfficeSlugs(options.url, options.token));
    cached = { slugs, at: options.clock.now() };
    return slugs;
  }

  async function known(missing: (slugs: Set<string>) => boolean): Promise<Set<string>> {
    if (!cached) return refresh();
    const fresh = options.clock.now() - cached.at < minRefreshMs;
    if (!missing(cached.slugs) || fresh) return cached.slugs;
    return refresh();
  }

  return {
    list: async () => [...(await refresh())].sort(),
    unknown: async (asked) => {
      const slugs = await known((set) => asked.some((slug) => !set.has(slug)));
      return asked.filter((slug) => !slugs.has(slug));
    },
  };
}
