// "Upload from URL" reaches public addresses only: against a real server listening on every
// loopback address, every spelling of a local address is refused before any byte is sent, and a
// redirect is checked again. Redirect tests treat 127.0.0.2–3 as "public" through the policy
// parameter, since this machine has no other network.
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPublicUrl, isPublicAddress, UrlRefusedError } from "./public-url-fetch";

function listen(
  host: string,
  handle: (url: string) => { status: number; location?: string; body?: string },
) {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? "");
    const answer = handle(request.url ?? "");
    response.writeHead(answer.status, answer.location ? { location: answer.location } : {});
    response.end(answer.body ?? "");
  });
  return new Promise<{ server: Server; port: number; hits: string[] }>((resolve) => {
    server.listen(0, host, () =>
      resolve({ server, port: (server.address() as AddressInfo).port, hits }),
    );
  });
}

describe("fetchPublicUrl", () => {
  const directory = mkdtempSync(path.join(tmpdir(), "public-url-"));
  let internal: Awaited<ReturnType<typeof listen>>;
  let relay: Awaited<ReturnType<typeof listen>>;
  let origin: Awaited<ReturnType<typeof listen>>;
  /** For the redirect tests: 127.0.0.2 and 127.0.0.3 count as public, nothing else. */
  const testPolicy = (address: string) => address === "127.0.0.2" || address === "127.0.0.3";

  beforeAll(async () => {
    internal = await listen("::", () => ({ status: 200, body: "status wewnętrzny" }));
    origin = await listen("127.0.0.3", () => ({ status: 200, body: "%PDF-1.4 plik" }));
    relay = await listen("127.0.0.2", (url) => {
      if (url === "/do-wewnatrz")
        return { status: 302, location: `http://127.0.0.1:${internal.port}/status` };
      if (url === "/do-localhost")
        return { status: 301, location: `http://localhost:${internal.port}/status` };
      if (url === "/petla") return { status: 302, location: "/petla" };
      return { status: 302, location: `http://127.0.0.3:${origin.port}/wniosek.pdf` };
    });
  });

  afterAll(() => {
    for (const s of [internal, relay, origin]) s.server.close();
  });

  it.each([
    ["loopback", (p: number) => `http://127.0.0.1:${p}/status`],
    ["the unspecified address", (p: number) => `http://0.0.0.0:${p}/status`],
    ["IPv6 loopback", (p: number) => `http://[::1]:${p}/status`],
    ["IPv6 unspecified", (p: number) => `http://[::]:${p}/status`],
    ["IPv4-mapped IPv6 loopback", (p: number) => `http://[::ffff:127.0.0.1]:${p}/status`],
    ["localhost by name", (p: number) => `http://localhost:${p}/status`],
    ["loopback as one decimal number", (p: number) => `http://2130706433:${p}/status`],
    ["loopback in hex and octal", (p: number) => `http://0x7f.0.0.01:${p}/status`],
  ])("refuses %s before sending anything", async (_case, url) => {
    const before = internal.hits.length;
    await expect(fetchPublicUrl(url(internal.port), { directory })).rejects.toThrow(
      UrlRefusedError,
    );
    expect(internal.hits.length).toBe(before);
  });

  it.each([["file:///etc/passwd"], ["ftp://example.org/plik.pdf"], ["nie adres"]])(
    "refuses %s",
    async (url) => {
      await expect(fetchPublicUrl(url, { directory })).rejects.toThrow(UrlRefusedError);
    },
  );

  it("checks a redirect's target again: a public address leading inside is refused", async () => {
    const before = internal.hits.length;
    for (const hop of ["do-wewnatrz", "do-localhost"]) {
      await expect(
        fetchPublicUrl(`http://127.0.0.2:${relay.port}/${hop}`, { directory, policy: testPolicy }),
      ).rejects.toThrow(/niepubliczny/);
    }
    expect(internal.hits.length).toBe(before);
  });

  it("follows redirects between public addresses and saves the file", async () => {
    const file = await fetchPublicUrl(`http://127.0.0.2:${relay.port}/plik`, {
      directory,
      policy: testPolicy,
    });
    expect(file.originalFilename).toBe("wniosek.pdf");
    expect(readFileSync(file.filepath, "utf8")).toBe("%PDF-1.4 plik");
    expect(file.size).toBe(13);
  });

  it("gives up on a redirect loop and on files over the size limit", async () => {
    await expect(
      fetchPublicUrl(`http://127.0.0.2:${relay.port}/petla`, { directory, policy: testPolicy }),
    ).rejects.toThrow(/przekierowań/);
    await expect(
      fetchPublicUrl(`http://127.0.0.2:${relay.port}/plik`, {
        directory,
        policy: testPolicy,
        sizeLimit: 5,
      }),
    ).rejects.toThrow(/za duży/);
  });
});

describe("isPublicAddress", () => {
  it.each([
    ["93.184.215.14", true],
    ["2a00:1450:4001:82f::200e", true],
    ["127.0.0.1", false],
    ["0.0.0.0", false],
    ["10.1.2.3", false],
    ["172.16.0.1", false],
    ["192.168.1.1", false],
    ["169.254.169.254", false],
    ["100.64.0.1", false],
    ["224.0.0.1", false],
    ["255.255.255.255", false],
    ["::", false],
    ["::1", false],
    ["::ffff:127.0.0.1", false],
    ["::ffff:10.0.0.1", false],
    ["fe80::1", false],
    ["fd00::1", false],
    ["64:ff9b::7f00:1", false],
    ["nie adres", false],
  ])("%s → %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});
