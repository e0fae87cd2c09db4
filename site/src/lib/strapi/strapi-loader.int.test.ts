// The loader's contract with a real seeded Strapi (started by test/global-setup.ts): what it
// asks for, what it stores, and how it fails. Faults the CMS cannot produce on demand (transient
// errors, corrupt data) are injected by a proxy in front of it.
import type { z } from "astro/zod";
import { afterEach, describe, expect, inject, it } from "vitest";
import { officeSlugs } from "../../../../shared/fixtures/index.ts";
import {
  departmentSpec,
  newsPostSpec,
  officeSpec,
  programmeSpec,
  scheduleSpec,
} from "./collections.ts";
import { StrapiFetchError, StrapiValidationError } from "./errors.ts";
import { memoryContext } from "./memory-store.ts";
import { type CollectionSpec, syncCollection } from "./strapi-loader.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

const PROXY_PORT = 4336;
const cms = inject("cms")!;
const options = (...offices: string[]) => ({
  baseUrl: cms.url,
  token: cms.readToken,
  offices,
  sleep: async () => {},
});
const specs: ReadonlyArray<CollectionSpec<z.ZodType>> = [
  officeSpec,
  departmentSpec,
  scheduleSpec,
  programmeSpec,
  newsPostSpec,
];
let proxy: TestServer | undefined;

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

describe.each(officeSlugs)("office %s", (office) => {
  it.each(specs)(
    "$contentType: every published entry validates and belongs to the office",
    async (spec) => {
      const context = memoryContext();
      const stats = await syncCollection(spec, options(office), context);
      expect(stats.changed).toBe(stats.fetched);
      for (const { data } of context.entries.values()) {
        const owner =
          spec === officeSpec
            ? (data as { slug: string }).slug
            : (data as { office?: { slug: string } }).office?.slug;
        expect(owner).toBe(office);
      }
      if (spec === officeSpec) expect(stats.fetched).toBe(1);
    },
  );
});

describe("several offices in one sync", () => {
  it.each(specs)("$contentType: the union of the offices' entries, no other", async (spec) => {
    const [first, second] = [officeSlugs[0]!, officeSlugs[2]!];
    const owners = async (...offices: string[]) => {
      const context = memoryContext();
      await syncCollection(spec, options(...offices), context);
      return [...context.entries.values()].map(({ data }) =>
        spec === officeSpec
          ? (data as { slug: string }).slug
          : (data as { office?: { slug: string } }).office?.slug,
      );
    };
    const both = await owners(first, second);
    const separately = [...(await owners(first)), ...(await owners(second))];
    expect(both.sort()).toEqual(separately.sort());
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((owner) => owner === first || owner === second)).toBe(true);
  });
});

describe("paging, digests and removal against the real CMS", () => {
  it("reads the same entries in pages of 2 as in one page of 100", async () => {
    const whole = memoryContext();
    const paged = memoryContext();
    await syncCollection(newsPostSpec, options("pruszkow"), whole);
    const stats = await syncCollection(
      newsPostSpec,
      { ...options("pruszkow"), pageSize: 2 },
      paged,
    );
    expect(stats.fetched).toBeGreaterThan(2);
    expect([...paged.entries.keys()].sort()).toEqual([...whole.entries.keys()].sort());
  });

  it("skips unchanged entries on the next sync and removes entries that vanished", async () => {
    const context = memoryContext([
      { id: "vanished-document", data: { title: "stary" }, digest: "old" },
    ]);
    const first = await syncCollection(departmentSpec, options("kutno"), context);
    expect(first.removed).toBe(1);
    const second = await syncCollection(departmentSpec, options("kutno"), context);
    expect(second).toMatchObject({ changed: 0, unchanged: first.fetched, removed: 0 });
    expect(context.entries.has("vanished-document")).toBe(false);
  });
});

describe("failures", () => {
  it("retries transient failures of the CMS", async () => {
    proxy = await startTestServer(PROXY_PORT, [
      { status: 503 },
      { status: 502 },
      { proxyTo: cms.url },
    ]);
    const stats = await syncCollection(
      officeSpec,
      { ...options("kutno"), baseUrl: proxy.url },
      memoryContext(),
    );
    expect(stats.fetched).toBe(1);
    expect(proxy.requests).toHaveLength(3);
  });

  it("names content type, documentId and field of invalid data", async () => {
    proxy = await startTestServer(PROXY_PORT, [
      {
        proxyTo: cms.url,
        rewrite: (body) => {
          const page = body as { data: Array<Record<string, unknown>> };
          page.data[0]!.phones = [{ number: 24 }];
          return page;
        },
      },
    ]);
    const context = memoryContext();
    const error = await syncCollection(
      officeSpec,
      { ...options("kutno"), baseUrl: proxy.url },
      context,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapiValidationError);
    expect(error).toMatchObject({ contentType: "office", field: "phones.0.number" });
    expect((error as StrapiValidationError).documentId).toMatch(/^[a-z0-9]+$/);
    expect(context.entries.size).toBe(0);
  });

  it("names the content type when the CMS is unreachable", async () => {
    const error = await syncCollection(
      programmeSpec,
      { ...options("kutno"), baseUrl: `http://127.0.0.1:${PROXY_PORT}`, attempts: 2 },
      memoryContext(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapiFetchError);
    expect((error as Error).message).toMatch(
      /^programme: GET .*\/api\/programmes failed after 2 attempts/,
    );
  });

  it("explains a rejected token", async () => {
    const error = await syncCollection(
      officeSpec,
      { ...options("kutno"), token: "wrong" },
      memoryContext(),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "StrapiFetchError", status: 401 });
    expect((error as Error).message).toContain("the API token was rejected");
  });
});
