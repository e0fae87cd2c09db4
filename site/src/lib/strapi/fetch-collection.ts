// Pages through one Strapi 5 REST collection (100 entries a page, the API's cap) with the
// read-only token, retrying transient failures with exponential backoff. The populate shape is
// fixed on the server for each type, so no populate parameter is sent.
import { StrapiFetchError, StrapiResponseError } from "./errors.ts";

export interface FetchOptions {
  baseUrl: string;
  token: string;
  /** Strapi's maxLimit is 100; smaller pages only make sense in tests. */
  pageSize?: number;
  /** Attempts per request, the first included. */
  attempts?: number;
  /** Delay before the second attempt; doubles after each failure. */
  backoffMs?: number;
  timeoutMs?: number;
  /** Waits between attempts; tests may pass a recorder, production uses setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

export interface CollectionQuery {
  /** For messages, e.g. "news-post". */
  contentType: string;
  /** REST path segment, e.g. "news-posts". */
  endpoint: string;
  /** Query parameters besides paging, e.g. the office filter. */
  params: Record<string, string>;
}

export type RawEntry = Record<string, unknown> & { documentId: string };

const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const STATUS_HINT: Record<number, string> = {
  401: "the API token was rejected (check STRAPI_TOKEN or cms/.api-token)",
  403: "the API token may not read this type (give the read-only token find access)",
  404: "no such REST endpoint (is the content type published in this Strapi?)",
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class TransientError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number, cause?: unknown) {
    super(message, { cause });
    this.status = status;
  }
}

async function getJson(url: URL, query: CollectionQuery, options: FetchOptions): Promise<unknown> {
  const attempts = options.attempts ?? 4;
  const sleep = options.sleep ?? defaultSleep;
  let delay = options.backoffMs ?? 300;
  let last: TransientError | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      await sleep(delay);
      delay *= 2;
    }
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { Authorization: `Bearer ${options.token}`, Accept: "application/json" },
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      last = new TransientError(
        cause instanceof Error ? cause.message : String(cause),
        undefined,
        error,
      );
      continue;
    }
    if (response.ok) {
      try {
        return await response.json();
      } catch {
        throw new StrapiResponseError(query.contentType, `GET ${url.pathname} did not return JSON`);
      }
    }
    await response.body?.cancel();
    if (TRANSIENT_STATUS.has(response.status)) {
      last = new TransientError(`HTTP ${response.status}`, response.status);
      continue;
    }
    const hint = STATUS_HINT[response.status];
    throw new StrapiFetchError(
      query.contentType,
      `GET ${url.pathname} answered HTTP ${response.status}${hint ? `: ${hint}` : ""}`,
      { status: response.status },
    );
  }
  throw new StrapiFetchError(
    query.contentType,
    `GET ${url.origin}${url.pathname} failed after ${attempts} attempts: ${last?.message ?? "unknown error"}`,
    { status: last?.status, cause: last },
  );
}

interface Page {
  entries: RawEntry[];
  /** The page size the CMS applied (it caps the one asked for at its maxLimit). */
  pageSize: number;
}

function readPage(body: unknown, query: CollectionQuery): Page {
  if (
    typeof body !== "object" ||
    body === null ||
    !Array.isArray((body as { data?: unknown }).data)
  ) {
    throw new StrapiResponseError(query.contentType, "response has no data array");
  }
  const { data, meta } = body as {
    data: unknown[];
    meta?: { pagination?: { pageSize?: unknown } };
  };
  const entries = data.map((entry, index) => {
    if (typeof entry !== "object" || entry === null) {
      throw new StrapiResponseError(query.contentType, `entry ${index} is not an object`);
    }
    const documentId = (entry as { documentId?: unknown }).documentId;
    if (typeof documentId !== "string" || documentId.length === 0) {
      throw new StrapiResponseError(query.contentType, `entry ${index} has no documentId`);
    }
    return entry as RawEntry;
  });
  const pageSize = meta?.pagination?.pageSize;
  if (typeof pageSize !== "number" || !Number.isInteger(pageSize) || pageSize < 1) {
    throw new StrapiResponseError(query.contentType, "response has no meta.pagination.pageSize");
  }
  return { entries, pageSize };
}

/**
 * Every published entry of one collection that matches the query, in the CMS's order. Pages are
 * read without a total (`withCount=false`: the count query cost the CMS as much as the page
 * itself); a page shorter than the CMS's page size is the last.
 */
export async function fetchCollection(
  query: CollectionQuery,
  options: FetchOptions,
): Promise<RawEntry[]> {
  const pageSize = options.pageSize ?? 100;
  const urlFor = (page: number) => {
    const url = new URL(
      `api/${query.endpoint}`,
      options.baseUrl.endsWith("/") ? options.baseUrl : `${options.baseUrl}/`,
    );
    for (const [key, value] of Object.entries(query.params)) url.searchParams.set(key, value);
    url.searchParams.set("pagination[page]", String(page));
    url.searchParams.set("pagination[pageSize]", String(pageSize));
    url.searchParams.set("pagination[withCount]", "false");
    url.searchParams.set("sort[0]", "id:asc");
    return url;
  };
  const entries: RawEntry[] = [];
  const seen = new Set<string>();
  for (let page = 1; ; page++) {
    const read = readPage(await getJson(urlFor(page), query, options), query);
    const fresh = read.entries.filter((entry) => !seen.has(entry.documentId));
    // A server that ignores `pagination[page]` would answer full pages for ever.
    if (read.entries.length > 0 && fresh.length === 0) {
      throw new StrapiResponseError(
        query.contentType,
        `page ${page} repeats earlier entries (is pagination ignored?)`,
      );
    }
    for (const entry of fresh) {
      seen.add(entry.documentId);
      entries.push(entry);
    }
    if (read.entries.length < read.pageSize) return entries;
  }
}
