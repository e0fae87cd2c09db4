import { z } from "astro/zod";
import { afterEach, describe, expect, it } from "vitest";
import {
  restPage,
  startTestServer,
  type TestServer,
} from "../../../test/support/strapi-test-server.ts";
import { StrapiValidationError } from "./errors.ts";
import { loadCollection, OFFICES_PER_QUERY } from "./strapi-loader.ts";

const schema = z
  .object({
    documentId: z.string(),
    title: z.string(),
    phones: z.array(z.object({ number: z.string() })),
  })
  .transform((entry) => ({
    id: entry.documentId,
    title: entry.title.trim(),
    phones: entry.phones,
  }));
const spec = {
  contentType: "department",
  endpoint: "departments",
  officeFilter: "relation" as const,
  schema,
};
const entry = (id: string, title: string, phones: unknown[] = []) => ({
  documentId: id,
  title,
  phones,
});
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(entries: unknown[]) {
  await server?.close();
  server = await startTestServer([{ status: 200, body: restPage(entries, 1) }]);
}

const options = {
  get baseUrl() {
    return server!.url;
  },
  token: "t",
  offices: ["kutno"],
};

describe("loadCollection", () => {
  it("returns validated domain objects in the CMS's order", async () => {
    await serve([entry("a", " Dział A "), entry("b", "Dział B")]);
    expect(await loadCollection(spec, options)).toEqual([
      { id: "a", title: "Dział A", phones: [] },
      { id: "b", title: "Dział B", phones: [] },
    ]);
  });

  it("asks only for the offices being built", async () => {
    await serve([]);
    await loadCollection(spec, options);
    const url = new URL(server!.requests[0]!.url, "http://x");
    expect(url.searchParams.get("filters[office][slug][$in][0]")).toBe("kutno");
    await serve([]);
    await loadCollection({ ...spec, officeFilter: "slug" }, options);
    expect(
      new URL(server!.requests[0]!.url, "http://x").searchParams.get("filters[slug][$in][0]"),
    ).toBe("kutno");
  });

  it.each([
    [undefined, "pl"],
    ["uk", "uk"],
    ["en", "en"],
  ] as const)("reads the locale %s as %s", async (locale, asked) => {
    await serve([]);
    await loadCollection(spec, { ...options, ...(locale ? { locale } : {}) });
    expect(new URL(server!.requests[0]!.url, "http://x").searchParams.get("locale")).toBe(asked);
  });

  it("splits many offices over several queries and keeps every entry", async () => {
    const offices = Array.from({ length: OFFICES_PER_QUERY + 3 }, (_, i) => `gmina-${i}`);
    server = await startTestServer([
      { status: 200, body: restPage([entry("a", "A")], 1) },
      { status: 200, body: restPage([entry("b", "B")], 1) },
    ]);
    const loaded = await loadCollection(spec, { ...options, offices });
    expect(loaded.map((item) => item.id)).toEqual(["a", "b"]);
    const asked = server.requests.map((request) =>
      [...new URL(request.url, "http://x").searchParams]
        .filter(([key]) => key.startsWith("filters"))
        .map(([, value]) => value),
    );
    expect(asked.map((slugs) => slugs.length)).toEqual([OFFICES_PER_QUERY, 3]);
    expect(asked.flat()).toEqual(offices);
  });

  it("names content type, documentId and field of invalid data", async () => {
    await serve([entry("a", "A2"), entry("bad1", "B", [{ number: 24 }])]);
    const error = await loadCollection(spec, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapiValidationError);
    expect(error).toMatchObject({
      contentType: "department",
      documentId: "bad1",
      field: "phones.0.number",
    });
    expect((error as Error).message).toMatch(/^department bad1: field "phones\.0\.number": /);
  });
});
