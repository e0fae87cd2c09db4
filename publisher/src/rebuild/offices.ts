// The offices the service knows: a fixed list from the configuration, or the published offices
// in Strapi (read again when a notification names an unknown one, so an office published in the
// admin is accepted without a restart). An office whose slug is not a valid slug is left out of
// the list (and counted), so one bad record never makes the list unreadable.
import { officeSlugSchema } from "@mops/shared/protocol/slug";
import { readAllPages, StrapiPageError } from "@mops/shared/protocol/strapi-pager";
import { z } from "zod";

export interface OfficeDirectory {
  list(): Promise<readonly string[]>;
  /** The given slugs that are not known offices. */
  unknown(slugs: readonly string[]): Promise<string[]>;
  /** The list as last read, without asking anyone (for /status); undefined before the first. */
  cached(): readonly string[] | undefined;
  /** Published offices left out of the last list because their slug is invalid. */
  invalid(): number;
}

export class DirectoryError extends Error {
  override name = "DirectoryError";
}

export function staticDirectory(slugs: readonly string[]): OfficeDirectory {
  const known = new Set(slugs);
  return {
    list: async () => [...known].sort(),
    unknown: async (asked) => asked.filter((slug) => !known.has(slug)),
    cached: () => [...known].sort(),
    invalid: () => 0,
  };
}

const office = z.object({ slug: officeSlugSchema });

export interface OfficeSlugs {
  slugs: string[];
  /** Published offices whose slug is not a valid slug: they cannot be built or served. */
  invalid: number;
}

/** The slugs of the published offices in Strapi, read with the shared pager. */
export async function fetchOfficeSlugs(strapiUrl: string, token?: string): Promise<OfficeSlugs> {
  const getPage = async (path: string): Promise<unknown> => {
    const url = new URL(path, strapiUrl);
    const response = await fetch(url, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(10_000),
    }).catch((error: unknown) => {
      throw new DirectoryError(`cannot reach Strapi at ${strapiUrl}`, { cause: error });
    });
    if (!response.ok) {
      throw new DirectoryError(`Strapi answered ${response.status} to ${url.pathname}`);
    }
    return response.json();
  };
  const entries = await readAllPages(
    { endpoint: "offices", params: { "fields[0]": "slug" } },
    getPage,
  ).catch((error: unknown) => {
    if (error instanceof StrapiPageError) {
      throw new DirectoryError(`Strapi's office list has an unexpected shape: ${error.message}`);
    }
    throw error;
  });
  const slugs: string[] = [];
  let invalid = 0;
  for (const entry of entries) {
    const parsed = office.safeParse(entry);
    if (parsed.success) slugs.push(parsed.data.slug);
    else invalid += 1;
  }
  return { slugs: [...new Set(slugs)].sort(), invalid };
}

export function strapiDirectory(options: {
  url: string;
  token?: string;
  /** Told each time the list holds offices with an invalid slug. */
  onInvalid?: (count: number) => void;
}): OfficeDirectory {
  let cached: Set<string> | undefined;
  let invalidCount = 0;
  let refreshing: Promise<Set<string>> | undefined;

  // One request at a time; callers during a refresh share its answer.
  function refresh(): Promise<Set<string>> {
    refreshing ??= fetchOfficeSlugs(options.url, options.token)
      .then(({ slugs, invalid }) => {
        invalidCount = invalid;
        if (invalid > 0) options.onInvalid?.(invalid);
        cached = new Set(slugs);
        return cached;
      })
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  }

  return {
    list: async () => [...(await refresh())].sort(),
    // Only signed requests get here, so an unknown slug is worth asking Strapi about again: the
    // office may have been published a moment ago.
    unknown: async (asked) => {
      let known = cached ?? (await refresh());
      if (asked.some((slug) => !known.has(slug))) known = await refresh();
      return asked.filter((slug) => !known.has(slug));
    },
    cached: () => (cached ? [...cached].sort() : undefined),
    invalid: () => invalidCount,
  };
}
