// The static server over real release directories and a real HTTP socket; requests carry the
// Host header a browser sends for http://<office>.localhost:<port>/.
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { rename, symlink } from "node:fs/promises";
import { request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFromHost } from "../test-support/http-get.ts";
import { listen } from "./listen.ts";
import { createSiteServer, createStaticServer, type ResponseEntry } from "./static-server.ts";

let port: number;
let dataDir: string;
let server: Server;
/** Responses that are over, by path, as the access log sees them. */
const finished = new Map<string, (entry: ResponseEntry) => void>();
const bigFile = 64 * 1024 * 1024;

/** Points live/<slug> at releases/<slug>/<id> atomically, as the rebuild service does. */
async function activate(slug: string, id: string) {
  const temporary = join(dataDir, "live", `.${slug}.${id}.tmp`);
  await symlink(join("..", "releases", slug, id), temporary);
  await rename(temporary, join(dataDir, "live", slug));
}

const get = (host: string, path: string, init?: Parameters<typeof getFromHost>[3]) =>
  getFromHost(port, host, path, init);

async function publish(slug: string, id: string, files: Record<string, string>) {
  const release = join(dataDir, "releases", slug, id);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(release, path, ".."), { recursive: true });
    writeFileSync(join(release, path), text);
  }
  await activate(slug, id);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "mops-serve-"));
  mkdirSync(join(dataDir, "live"));
  await publish("krasnik", "r1", {
    "index.html": "<h1>MOPS Kraśnik</h1>",
    "aktualnosci/index.html": "<h1>Aktualności</h1>",
    "_astro/site.1a2b3c.css": "body{}",
    "404.html": "<h1>Nie znaleziono – Kraśnik</h1>",
    "kalendarz.ics": "BEGIN:VCALENDAR",
    "pliki/duzy.bin": "",
  });
  // Far more than the socket buffers hold: the response is still being written when cut short.
  writeFileSync(
    join(dataDir, "releases", "krasnik", "r1", "pliki", "duzy.bin"),
    Buffer.alloc(bigFile, 7),
  );
  await publish("kutno", "r1", { "index.html": "<h1>MOPS Kutno</h1>" });
  mkdirSync(join(dataDir, "portal"));
  writeFileSync(join(dataDir, "portal", "index.html"), "<h1>Ośrodki w regionie</h1>");
  server = createStaticServer({
    liveDir: join(dataDir, "live"),
    baseDomain: "localhost",
    sites: { region: join(dataDir, "portal") },
    onResponse: (entry) => finished.get(entry.path)?.(entry),
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("static server", () => {
  it.each([
    ["krasnik.localhost", "/", 200, "text/html; charset=utf-8", "<h1>MOPS Kraśnik</h1>"],
    ["kutno.localhost", "/", 200, "text/html; charset=utf-8", "<h1>MOPS Kutno</h1>"],
    ["region.localhost", "/", 200, "text/html; charset=utf-8", "<h1>Ośrodki w regionie</h1>"],
    ["krasnik.localhost", "/aktualnosci/", 200, "text/html; charset=utf-8", "<h1>Aktualności</h1>"],
    ["krasnik.localhost", "/kalendarz.ics", 200, "text/calendar; charset=utf-8", "BEGIN:VCALENDAR"],
    [
      "krasnik.localhost",
      "/nie-ma/",
      404,
      "text/html; charset=utf-8",
      "<h1>Nie znaleziono – Kraśnik</h1>",
    ],
    ["kutno.localhost", "/nie-ma/", 404, "text/html; charset=utf-8", "Nie znaleziono strony"],
    [
      "gdansk.localhost",
      "/",
      404,
      "text/html; charset=utf-8",
      "Serwis „gdansk” nie jest opublikowany",
    ],
    ["krasnik.localhost", "/../kutno/index.html", 400, "text/html; charset=utf-8", "Błędny adres"],
    [
      "krasnik.localhost",
      "/%2e%2e/%2e%2e/state.json",
      400,
      "text/html; charset=utf-8",
      "Błędny adres",
    ],
  ])("%s%s → %i", async (host, path, status, type, text) => {
    const reply = await get(host, path);
    expect(reply.status).toBe(status);
    expect(reply.headers["content-type"]).toBe(type);
    expect(reply.body).toContain(text);
  });

  it("redirects a directory without its trailing slash, keeping the query", async () => {
    const reply = await get("krasnik.localhost", "/aktualnosci?strona=2");
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe("/aktualnosci/?strona=2");
  });

  it("caches hashed assets for a year and revalidates HTML with its ETag", async () => {
    expect(
      (await get("krasnik.localhost", "/_astro/site.1a2b3c.css")).headers["cache-control"],
    ).toBe("public, max-age=31536000, immutable");
    const first = await get("krasnik.localhost", "/");
    expect(first.headers["cache-control"]).toBe("no-cache");
    const again = await get("krasnik.localhost", "/", {
      headers: { "if-none-match": String(first.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await get("krasnik.localhost", "/", { method: "HEAD" });
    expect([head.status, head.body, head.headers["content-length"]]).toEqual([200, "", "22"]);
    const post = await get("krasnik.localhost", "/", { method: "POST" });
    expect([post.status, post.headers.allow]).toEqual([405, "GET, HEAD"]);
  });

  it("lists the offices, with links to their origins, on the bare host", async () => {
    const reply = await get("localhost", "/");
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(`<a href="http://krasnik.localhost:${port}/">krasnik</a>`);
    expect(reply.body).toContain(`<a href="http://kutno.localhost:${port}/">kutno</a>`);
    expect(reply.body).toContain(`<a href="http://region.localhost:${port}/">region</a>`);
    expect(JSON.parse((await get("localhost", "/health")).body)).toEqual({
      status: "ok",
      offices: ["krasnik", "kutno"],
    });
  });

  it("serves either the old or the new release, complete, while releases are swapped", async () => {
    await publish("kalisz", "old", { "index.html": "stara", "a/index.html": "stara-a" });
    await publish("kalisz", "new", { "index.html": "nowa", "a/index.html": "nowa-a" });
    let swapping = true;
    const swaps = (async () => {
      for (let i = 0; swapping; i += 1) await activate("kalisz", i % 2 ? "old" : "new");
    })();
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) => get("kalisz.localhost", i % 2 ? "/" : "/a/")),
    );
    swapping = false;
    await swaps;
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(["stara", "nowa", "stara-a", "nowa-a"]).toContain(reply.body);
    }
  });

  it("answers a byte range with 206 and the part asked for, and refuses one past the end", async () => {
    const part = await get("krasnik.localhost", "/index.html", { headers: { range: "bytes=4-7" } });
    expect([part.status, part.body]).toEqual([206, "MOPS"]);
    expect(part.headers["content-range"]).toBe("bytes 4-7/22");
    expect(part.headers["accept-ranges"]).toBe("bytes");
    const past = await get("krasnik.localhost", "/index.html", {
      headers: { range: "bytes=100-200" },
    });
    expect([past.status, past.headers["content-range"]]).toEqual([416, "bytes */22"]);
  });

  it("settles a response the client cuts short, and goes on serving", async () => {
    const path = "/pliki/duzy.bin";
    const over = new Promise<ResponseEntry>((resolve) => finished.set(path, resolve));
    const received = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        { host: "127.0.0.1", port, path, headers: { host: `krasnik.localhost:${port}` } },
        (response) => {
          response.once("data", (chunk: Buffer) => {
            request.destroy();
            resolve(chunk.length);
          });
        },
      );
      request.on("error", (error) => {
        if (!request.destroyed) reject(error);
      });
      request.end();
    });
    expect(received).toBeLessThan(bigFile);
    expect(await over).toEqual({
      host: `krasnik.localhost:${port}`,
      path,
      status: 200,
      aborted: true,
    });
    expect((await get("krasnik.localhost", "/")).status).toBe(200);
  });
});

describe("site server", () => {
  it("serves one built site at the root of any host, with its own 404 page", async () => {
    const site = await listen(createSiteServer(join(dataDir, "live", "krasnik")));
    try {
      const home = await getFromHost(site.port, "127.0.0.1", "/");
      expect([home.status, home.body]).toEqual([200, "<h1>MOPS Kraśnik</h1>"]);
      const missing = await getFromHost(site.port, "127.0.0.1", "/nie-ma/");
      expect([missing.status, missing.body]).toEqual([404, "<h1>Nie znaleziono – Kraśnik</h1>"]);
    } finally {
      await site.close();
    }
  });
});
