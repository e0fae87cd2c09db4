// The office directory against a local HTTP server that answers as Strapi's REST API does: one
// office with an invalid slug is left out and counted, never making the list unreadable.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { fetchOfficeSlugs, strapiDirectory } from "./offices.ts";

let server: Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

async function strapiWith(slugs: unknown[]): Promise<string> {
  server = createServer((_request, response) => {
    const data = slugs.map((slug, index) => ({ documentId: `doc${index}`, slug }));
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ data, meta: { pagination: { pageSize: 100 } } }));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("office directory from Strapi", () => {
  it.each([
    { slugs: ["kutno", "krasnik"], listed: ["krasnik", "kutno"], invalid: 0 },
    { slugs: ["kutno", "Orzesze Test", "kalisz"], listed: ["kalisz", "kutno"], invalid: 1 },
    { slugs: ["kutno", "../etc", null, 7], listed: ["kutno"], invalid: 3 },
  ])("$slugs → $listed ($invalid invalid)", async ({ slugs, listed, invalid }) => {
    const url = await strapiWith(slugs);
    expect(await fetchOfficeSlugs(url)).toEqual({ slugs: listed, invalid });
  });

  it("lists every valid office for an all-offices notification and counts the bad one", async () => {
    const url = await strapiWith(["kutno", "Zła Nazwa"]);
    const told: number[] = [];
    const directory = strapiDirectory({ url, onInvalid: (count) => told.push(count) });
    expect(await directory.list()).toEqual(["kutno"]);
    expect(await directory.unknown(["kutno", "gdansk"])).toEqual(["gdansk"]);
    expect(directory.cached()).toEqual(["kutno"]);
    expect(directory.invalid()).toBe(1);
    expect(told[0]).toBe(1);
  });
});
