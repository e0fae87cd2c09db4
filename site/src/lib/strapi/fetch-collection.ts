// Reads one Strapi 5 REST collection with the read-only token, page by page with the shared pager
// (@mops/shared), retrying transient failures with exponential backoff. The populate shape is
// fixed on the server for each type, so no populate parameter is sent.
import { readAllPages, type StrapiEntry, StrapiPageError } from "@mops/shared";
import { draftGrantHeader } from "@mops/shared/protocol/preview-signature";
import { StrapiFetchError, StrapiResponseError } from "./errors.ts";

export interface FetchOptions {
  baseUrl: string;
  token: string;
  /**
   * A draft-read grant from the preview service: the CMS then answers with the drafts of the
   * grant's office only (cms/src/preview/draft-read.ts). Never set for a public build.
   */
  draftGrant?: string;
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

export type RawEntry = StrapiEntry;

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
        headers: {
          Authorization: `Bearer ${options.token}`,
          Accept: "application/json",
          ...(options.draftGrant ? { [draftGrantHeader]: options.draftGrant } : {}),
        },
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

/**
 * Every published entry of one collection that matches the query, in the CMS's order, read with
 * the shared Strapi pager (100 a page, no total, until a short page).
 */
export async function fetchCollection(
  query: CollectionQuery,
  options: FetchOptions,
): Promise<RawEntry[]> {
  const base = options.baseUrl.endsWith("/") ? options.baseUrl : `${options.baseUrl}/`;
  try {
    return await readAllPages(
      { endpoint: query.endpoint, params: query.params, pageSize: options.pageSize },
      (path) => getJson(new URL(path, base), query, options),
    );
  } catch (error) {
    if (error instanceof StrapiPageError) {
      throw new StrapiResponseError(query.contentType, error.message);
    }
    throw error;
  }
}
