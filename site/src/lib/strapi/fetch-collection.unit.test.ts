import { afterEach, describe, expect, it } from "vitest";
import {
  restPage,
  startTestServer,
  type TestServer,
} from "../../../test/support/strapi-test-server.ts";
import { StrapiFetchError, StrapiResponseError } from "./errors.ts";
import { fetchCollection } from "./fetch-collection.ts";

const query = {
  contentType: "news-post",
  endpoint: "news-posts",
  params: { "filters[office][slug][$eq]": "kutno" },
};
const entry = (n: number) => ({ documentId: `doc${n}`, title: `Wpis ${n}` });
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function options(sleeps: number[] = []) {
  return {
    baseUrl: server!.url,
    token: "read-token",
    backoffMs: 100,
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
  };
}

describe("fetchCollection", () => {
  it("pages with the token, 100 a page, no count, no populate, until a short page", async () => {
    const full = (from: number) => Array.from({ length: 100 }, (_, i) => entry(from + i));
    server = await startTestServer([
      { status: 200, body: restPage(full(1), 1) },
      { status: 200, body: restPage(full(101), 2) },
      { status: 200, body: restPage([entry(201)], 3) },
    ]);
    const entries = await fetchCollection(query, options());
    expect(entries.map((e) => e.documentId)).toEqual(
      Array.from({ length: 201 }, (_, i) => `doc${i + 1}`),
    );
    expect(server.requests).toHaveLength(3);
    for (const [index, request] of server.requests.entries()) {
      const url = new URL(request.url, "http://x");
      expect(url.pathname).toBe("/api/news-posts");
      expect(url.searchParams.get("pagination[page]")).toBe(String(index + 1));
      expect(url.searchParams.get("pagination[pageSize]")).toBe("100");
      expect(url.searchParams.get("pagination[withCount]")).toBe("false");
      expect(url.searchParams.get("filters[office][slug][$eq]")).toBe("kutno");
      expect([...url.searchParams.keys()].some((key) => key.startsWith("populate"))).toBe(false);
      expect(request.authorization).toBe("Bearer read-token");
    }
  });

  it.each([
    ["a preview build sends its draft-read grant", "kutno.1800000000.abc", "kutno.1800000000.abc"],
    ["a public build sends none", undefined, undefined],
  ])("%s", async (_name, draftGrant, sent) => {
    server = await startTestServer([{ status: 200, body: restPage([entry(1)], 1) }]);
    await fetchCollection(query, { ...options(), ...(draftGrant ? { draftGrant } : {}) });
    expect(server.requests[0]?.draftGrant).toBe(sent);
  });

  it.each([
    { name: "ends on an empty page after full ones", pages: [[1, 2], [3, 4], []], size: 2 },
    { name: "follows the page size the CMS applied", pages: [[1, 2], [3]], size: 2 },
    { name: "reads a single short page once", pages: [[1]], size: 100 },
    { name: "reads an empty collection once", pages: [[]], size: 100 },
  ])("$name", async ({ pages, size }) => {
    server = await startTestServer(
      pages.map((ids, index) => ({ status: 200, body: restPage(ids.map(entry), index + 1, size) })),
    );
    const entries = await fetchCollection(query, options());
    expect(entries.map((e) => e.documentId)).toEqual(pages.flat().map((id) => `doc${id}`));
    expect(server.requests).toHaveLength(pages.length);
  });

  it("stops with a StrapiResponseError when the CMS answers the same full page again", async () => {
    server = await startTestServer([{ status: 200, body: restPage([entry(1), entry(2)], 1, 2) }]);
    const error = await fetchCollection(query, options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapiResponseError);
    expect((error as Error).message).toBe(
      "news-post: page 2 repeats earlier entries (is pagination ignored?)",
    );
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    { name: "HTTP 503", failure: { status: 503 } },
    { name: "HTTP 429", failure: { status: 429 } },
    { name: "a dropped connection", failure: { destroy: true as const } },
  ])("retries $name with doubling backoff", async ({ failure }) => {
    server = await startTestServer([
      failure,
      failure,
      { status: 200, body: restPage([entry(1)], 1) },
    ]);
    const sleeps: number[] = [];
    const entries = await fetchCollection(query, options(sleeps));
    expect(entries).toHaveLength(1);
    expect(sleeps).toEqual([100, 200]);
  });

  it("gives up after the last attempt with a StrapiFetchError naming the type", async () => {
    server = await startTestServer([{ status: 502 }]);
    const error = await fetchCollection(query, { ...options(), attempts: 3 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StrapiFetchError);
    expect((error as Error).message).toBe(
      `news-post: GET ${server.url}/api/news-posts failed after 3 attempts: HTTP 502`,
    );
    expect(server.requests).toHaveLength(3);
  });

  it.each([
    { status: 401, hint: "the API token was rejected" },
    { status: 403, hint: "may not read this type" },
    { status: 400, hint: "HTTP 400" },
  ])("does not retry HTTP $status", async ({ status, hint }) => {
    server = await startTestServer([{ status, body: { error: {} } }]);
    const error = await fetchCollection(query, options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapiFetchError);
    expect((error as Error).message).toContain(hint);
    expect(server.requests).toHaveLength(1);
  });

  it("names an unreachable CMS", async () => {
    server = await startTestServer([{ destroy: true }]);
    const error = await fetchCollection(query, { ...options(), attempts: 2 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StrapiFetchError);
    expect((error as Error).message).toMatch(
      /^news-post: GET .* failed after 2 attempts: other side closed$/,
    );
  });

  it.each([
    {
      name: "no data array",
      body: { error: "x" },
      message: "news-post: response has no data array",
    },
    {
      name: "no documentId",
      body: restPage([{ title: "x" }], 1),
      message: "news-post: entry 0 has no documentId",
    },
    {
      name: "no pagination",
      body: { data: [] },
      message: "news-post: response has no meta.pagination.pageSize",
    },
  ])("rejects a response with $name", async ({ body, message }) => {
    server = await startTestServer([{ status: 200, body }]);
    const error = await fetchCollection(query, options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapiResponseError);
    expect((error as Error).message).toBe(message);
  });
});
