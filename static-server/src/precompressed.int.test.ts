// Precompressed siblings over a real HTTP socket: the .br or .gz file a request's
// Accept-Encoding allows (br first), with the original's media type, Content-Encoding and Vary;
// the identity file for q=0, for ranges and when no sibling exists; HEAD and conditional GET.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFromHost } from "../test-support/http-get.ts";
import { listen, type RunningServer } from "./listen.ts";
import { createSiteServer } from "./static-server.ts";

const html = `<!doctype html><h1>MOPS Kraśnik</h1>${"<p>Godziny przyjęć</p>".repeat(50)}`;
const css = `body{margin:0}${".a{color:red}".repeat(40)}`;
let dir: string;
let site: RunningServer;

const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  getFromHost(site.port, "127.0.0.1", path, { method, headers });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mops-precompressed-"));
  mkdirSync(join(dir, "kontakt"));
  const files: Record<string, string | Buffer> = {
    "index.html": html,
    "index.html.br": brotliCompressSync(html),
    "index.html.gz": gzipSync(html),
    "kontakt/index.html": html,
    "kontakt/index.html.gz": gzipSync(html),
    "site.css": css,
    "site.css.br": brotliCompressSync(css),
    "plain.txt": "bez rodzeństwa",
    "404.html": "<h1>Nie znaleziono</h1>",
    "404.html.br": brotliCompressSync("<h1>Nie znaleziono</h1>"),
  };
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  site = await listen(createSiteServer(dir));
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("precompressed siblings", () => {
  it.each([
    ["gzip, deflate, br", "/", "br"],
    ["gzip, deflate, br", "/index.html", "br"],
    ["gzip", "/", "gzip"],
    ["br;q=0, gzip", "/", "gzip"],
    ["gzip;q=1, br;q=0.5", "/", "gzip"],
    ["br, gzip", "/kontakt/", "gzip"],
    ["gzip", "/site.css", undefined],
    ["br;q=0, gzip;q=0", "/", undefined],
    ["*;q=0", "/", undefined],
    ["identity", "/", undefined],
    ["", "/", undefined],
  ])("Accept-Encoding %j, %s → %s", async (accept, path, encoding) => {
    const reply = await get(path, accept ? { "accept-encoding": accept } : {});
    expect(reply.status).toBe(200);
    expect(reply.headers["content-encoding"]).toBe(encoding);
    expect(reply.headers.vary).toBe("Accept-Encoding");
    const type = path.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
    expect(reply.headers["content-type"]).toBe(type);
    expect(Number(reply.headers["content-length"])).toBe(reply.bytes.length);
    const decode = { br: brotliDecompressSync, gzip: gunzipSync }[encoding ?? ""];
    const body = decode ? decode(reply.bytes).toString() : reply.body;
    expect(body).toBe(path.endsWith(".css") ? css : html);
  });

  it("sends a file without siblings as it is, and the 404 page precompressed", async () => {
    const text = await get("/plain.txt", { "accept-encoding": "br, gzip" });
    expect([text.body, text.headers["content-encoding"]]).toEqual(["bez rodzeństwa", undefined]);
    expect(text.headers.vary).toBe("Accept-Encoding");
    const missing = await get("/nie-ma/", { "accept-encoding": "br" });
    expect(missing.status).toBe(404);
    expect(missing.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(missing.bytes).toString()).toBe("<h1>Nie znaleziono</h1>");
  });

  it("answers HEAD with the encoded length and no body", async () => {
    const head = await get("/", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.headers["content-length"]).toBe(String(brotliCompressSync(html).length));
    expect(head.bytes.length).toBe(0);
  });

  it("gives each encoding its own ETag and answers a matching conditional GET with 304", async () => {
    const br = await get("/", { "accept-encoding": "br" });
    const gzip = await get("/", { "accept-encoding": "gzip" });
    const identity = await get("/");
    const etags = [br, gzip, identity].map((reply) => reply.headers.etag);
    expect(new Set(etags).size).toBe(3);
    const again = await get("/", { "accept-encoding": "br", "if-none-match": String(etags[0]) });
    expect([again.status, again.bytes.length, again.headers.vary]).toEqual([
      304,
      0,
      "Accept-Encoding",
    ]);
    const other = await get("/", { "accept-encoding": "gzip", "if-none-match": String(etags[0]) });
    expect(other.status).toBe(200);
    expect(gunzipSync(other.bytes).toString()).toBe(html);
  });

  it("answers a range request from the identity file", async () => {
    const part = await get("/", { "accept-encoding": "br, gzip", range: "bytes=15-32" });
    expect(part.status).toBe(206);
    expect(part.headers["content-encoding"]).toBeUndefined();
    expect(part.headers.vary).toBe("Accept-Encoding");
    expect(part.bytes).toEqual(Buffer.from(html).subarray(15, 33));
    expect(part.headers["content-range"]).toBe(`bytes 15-32/${Buffer.byteLength(html)}`);
  });
});
