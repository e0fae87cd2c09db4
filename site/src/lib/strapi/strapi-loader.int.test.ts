// The loader's contract with a real seeded Strapi (started by test/global-setup.ts): what it
// asks for, what it returns, and how it fails. Faults the CMS cannot produce on demand (transient
// errors, corrupt data) are injected by a proxy in front of it.

import { officeSlugs } from "@mops/shared/fixtures";
import type { z } from "astro/zod";
import { afterEach, describe, expect, inject, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/support/strapi-test-server.ts";
import {
  departmentSpec,
  newsPostSpec,
  officeSpec,
  programmeSpec,
  scheduleSpec,
} from "./collections.ts";
import { StrapiFetchError, StrapiValidationError } from "./errors.ts";
import { type CollectionSpec, loadCollection } from "./strapi-loader.ts";

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
      const loaded = await loadCollection(spec, options(office));
      for (const data of loaded) {
        const owner =
          spec === officeSpec
            ? (data as { slug: string }).slug
            : (data as { office?: { slug: string } }).office?.slug;
        expect(owner).toBe(office);
      }
      if (spec === officeSpec) expect(loaded).toHaveLength(1);
    },
  );
});

describe("several offices in one load", () => {
  it.each(specs)("$contentType: the union of the offices' entries, no other", async (spec) => {
    const [first, second] = [officeSlugs[0]!, officeSlugs[2]!];
    const owners = async (...offices: string[]) => {
      return (await loadCollection(spec, options(...offices))).map((data) =>
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

describe("paging against the real CMS", () => {
  it("reads the same entries in pages of 2 as in one page of 100", async () => {
    const ids = (posts: Array<{ documentId: string }>) =>
      posts.map((post) => post.documentId).sort();
    const whole = await loadCollection(newsPostSpec, options("pruszkow"));
    const paged = await loadCollection(newsPostSpec, { ...options("pruszkow"), pageSize: 2 });
    expect(paged.length).toBeGreaterThan(2);
    expect(ids(paged)).toEqual(ids(whole));
  });
});

describe("failures", () => {
  it("retries transient failures of the CMS", async () => {
    proxy = await startTestServer([{ status: 503 }, { status: 502 }, { proxyTo: cms.url }]);
    const loaded = await loadCollection(officeSpec, { ...options("kutno"), baseUrl: proxy.url });
    expect(loaded).toHaveLength(1);
    expect(proxy.requests).toHaveLength(3);
  });

  it("names content type, documentId and field of invalid data", async () => {
    proxy = await startTestServer([
      {
        proxyTo: cms.url,
        rewrite: (body) => {
          const page = body as { data: Array<Record<string, unknown>> };
          page.data[0]!.phones = [{ number: 24 }];
          return page;
        },
      },
    ]);
    const error = await loadCollection(officeSpec, {
      ...options("kutno"),
      baseUrl: proxy.url,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapiValidationError);
    expect(error).toMatchObject({ contentType: "office", field: "phones.0.number" });
    expect((error as StrapiValidationError).documentId).toMatch(/^[a-z0-9]+$/);
  });

  it("names the content type when the CMS is unreachable", async () => {
    proxy = await startTestServer([{ destroy: true }]);
    const error = await loadCollection(programmeSpec, {
      ...options("kutno"),
      baseUrl: proxy.url,
      attempts: 2,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapiFetchError);
    expect((error as Error).message).toMatch(
      /^programme: GET .*\/api\/programmes failed after 2 attempts/,
    );
  });

  it("explains a rejected token", async () => {
    const error = await loadCollection(officeSpec, { ...options("kutno"), token: "wrong" }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: "StrapiFetchError", status: 401 });
    expect((error as Error).message).toContain("the API token was rejected");
  });
});
