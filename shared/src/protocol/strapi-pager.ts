// How every package reads a whole Strapi 5 REST collection: pages of at most 100 entries (the
// API's maxLimit), without a total (`pagination[withCount]=false`: the count query costs the CMS
// as much as the page itself), in a stable order, until a page shorter than the page size the
// CMS applied. The HTTP side (fetch, token, retries) is the caller's: `getPage` gets the path
// and query of each page, relative to the CMS's base URL, and returns its parsed JSON body.

export type StrapiEntry = Record<string, unknown> & { documentId: string };

export interface StrapiPageQuery {
  /** REST path segment, e.g. "news-posts". */
  endpoint: string;
  /** Query parameters besides paging and order, e.g. a filter, in the order given. */
  params?: Readonly<Record<string, string>>;
  /** Entries per page; Strapi caps it at its maxLimit (100). */
  pageSize?: number;
  /** `sort[0]`, default `id:asc` (rows in insertion order; stable while paging). */
  sort?: string;
}

/** A page Strapi answered that cannot be read (not a page, or the same entries again). */
export class StrapiPageError extends Error {
  override name = "StrapiPageError";
}

export const STRAPI_MAX_PAGE_SIZE = 100;

/** `api/<endpoint>?<params>&pagination[…]&sort[0]=…` of one page (1-based), relative to the base. */
export function strapiPagePath(query: StrapiPageQuery, page: number): string {
  const pairs: [string, string][] = [
    ...Object.entries(query.params ?? {}),
    ["pagination[page]", String(page)],
    ["pagination[pageSize]", String(query.pageSize ?? STRAPI_MAX_PAGE_SIZE)],
    ["pagination[withCount]", "false"],
    ["sort[0]", query.sort ?? "id:asc"],
  ];
  const search = pairs
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join("&");
  return `api/${query.endpoint}?${search}`;
}

/** The entries of one page and the page size the CMS applied (it caps the one asked for). */
export function readStrapiPage(body: unknown): { entries: StrapiEntry[]; pageSize: number } {
  if (
    typeof body !== "object" ||
    body === null ||
    !Array.isArray((body as { data?: unknown }).data)
  ) {
    throw new StrapiPageError("response has no data array");
  }
  const { data, meta } = body as {
    data: unknown[];
    meta?: { pagination?: { pageSize?: unknown } };
  };
  const entries = data.map((entry, index) => {
    if (typeof entry !== "object" || entry === null) {
      throw new StrapiPageError(`entry ${index} is not an object`);
    }
    const documentId = (entry as { documentId?: unknown }).documentId;
    if (typeof documentId !== "string" || documentId.length === 0) {
      throw new StrapiPageError(`entry ${index} has no documentId`);
    }
    return entry as StrapiEntry;
  });
  const pageSize = meta?.pagination?.pageSize;
  if (typeof pageSize !== "number" || !Number.isInteger(pageSize) || pageSize < 1) {
    throw new StrapiPageError("response has no meta.pagination.pageSize");
  }
  return { entries, pageSize };
}

/** Every entry of the collection that matches the query, in the CMS's order. */
export async function readAllPages(
  query: StrapiPageQuery,
  getPage: (path: string) => Promise<unknown>,
): Promise<StrapiEntry[]> {
  const entries: StrapiEntry[] = [];
  const seen = new Set<string>();
  for (let page = 1; ; page++) {
    const read = readStrapiPage(await getPage(strapiPagePath(query, page)));
    const fresh = read.entries.filter((entry) => !seen.has(entry.documentId));
    // A server that ignores `pagination[page]` would answer full pages for ever.
    if (read.entries.length > 0 && fresh.length === 0) {
      throw new StrapiPageError(`page ${page} repeats earlier entries (is pagination ignored?)`);
    }
    for (const entry of fresh) {
      seen.add(entry.documentId);
      entries.push(entry);
    }
    if (read.entries.length < read.pageSize) return entries;
  }
}
