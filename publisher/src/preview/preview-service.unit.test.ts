// The preview service over HTTP with a stand-in builder that writes a tiny site for the office it
// is asked for, so the link checks, the grant, the sessions and the headers are tested without a
// CMS or Astro (preview.e2e.test.ts has both).
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type PreviewLink,
  signPreviewLink,
  verifyDraftGrant,
} from "@mops/shared/protocol/preview-signature";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../test-support/manual-clock.ts";
import type { Builder, BuildRequest } from "../rebuild/command-builder.ts";
import { createLogger } from "../rebuild/log.ts";
import { type PreviewService, startPreviewService } from "./preview-service.ts";

const secret = randomBytes(24).toString("hex");
const root = mkdtempSync(join(tmpdir(), "mops-preview-unit-"));
const clock = new ManualClock();
const requests: BuildRequest[] = [];
const failing = new Set<string>();

const builder: Builder = {
  maxBatch: 1,
  async build(request) {
    requests.push(request);
    const office = request.offices[0]!;
    if (failing.has(office))
      return { results: [{ office, ok: false, error: "StrapiValidationError: news-post.title" }] };
    const site = join(request.outRoot, office);
    mkdirSync(join(site, "aktualnosci", "wpis"), { recursive: true });
    mkdirSync(join(site, "_astro"), { recursive: true });
    writeFileSync(join(site, "index.html"), `<html><body>strona główna ${office}</body></html>`);
    writeFileSync(
      join(site, "aktualnosci", "wpis", "index.html"),
      `<html><body>wpis ${office}</body></html>`,
    );
    writeFileSync(join(site, "_astro", "island.js"), "export {};");
    // The post has a Ukrainian page; nothing is in English.
    mkdirSync(join(site, "uk", "aktualnosci", "wpis"), { recursive: true });
    writeFileSync(
      join(site, "uk", "aktualnosci", "wpis", "index.html"),
      `<html lang="uk"><body>допис ${office}</body></html>`,
    );
    writeFileSync(join(root, "outside.txt"), "sekret");
    return { results: [{ office, ok: true }] };
  },
};

let service: PreviewService;
const link = (overrides: Partial<PreviewLink> = {}): PreviewLink => ({
  office: "kutno",
  type: "news-post",
  documentId: "abc123",
  path: "/aktualnosci/wpis/",
  expires: Math.floor(clock.now() / 1000) + 600,
  ...overrides,
});
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${service.url}${path}`, { redirect: "manual", headers });
const open = (value: PreviewLink) => get(`/open?${signPreviewLink(secret, value)}`);

beforeAll(async () => {
  service = await startPreviewService({
    secret,
    frameAncestors: ["http://localhost:1337"],
    dataDir: join(root, "data"),
    builder,
    clock,
    log: createLogger({ clock, write: () => undefined }),
  });
});

afterAll(async () => {
  await service?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe("preview service", () => {
  it("builds the linked office with a grant for that office only, then serves the page", async () => {
    const opened = await open(link());
    expect(opened.status).toBe(303);
    const location = opened.headers.get("location")!;
    expect(location).toMatch(/^\/s\/[0-9a-f]{32}\/aktualnosci\/wpis\/$/);
    const request = requests.at(-1)!;
    expect(request.offices).toEqual(["kutno"]);
    expect(verifyDraftGrant(secret, request.draftGrant!, clock.now() / 1000)).toEqual({
      verdict: "valid",
      office: "kutno",
    });
    const page = await get(location);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("wpis kutno");
    for (const response of [opened, page]) {
      expect(response.headers.get("x-robots-tag")).toBe("noindex, nofollow, noarchive");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-security-policy")).toBe(
        "frame-ancestors http://localhost:1337",
      );
    }
  });

  it.each([
    ["a Ukrainian version, to its Ukrainian page", "uk", "/uk/aktualnosci/wpis/", "допис kutno"],
    [
      "an English version, to the Polish page the site has instead",
      "en",
      "/aktualnosci/wpis/",
      "wpis kutno",
    ],
  ])("takes %s", async (_name, language, path, text) => {
    const opened = await open(link({ language }));
    expect(opened.status).toBe(303);
    const location = opened.headers.get("location")!;
    expect(location).toMatch(/^\/s\/[0-9a-f]{32}\//);
    expect(location.slice(location.indexOf("/", 3))).toBe(path);
    expect(await (await get(location)).text()).toContain(text);
  });

  it("sends the site's absolute links into the session its cookie names, and nowhere without", async () => {
    const opened = await open(link());
    const cookie = opened.headers.get("set-cookie")!.split(";")[0]!;
    const session = opened.headers.get("location")!.split("/")[2];
    const asset = await get("/_astro/island.js?v=1", { cookie });
    expect(asset.status).toBe(302);
    expect(asset.headers.get("location")).toBe(`/s/${session}/_astro/island.js?v=1`);
    const script = await get(asset.headers.get("location")!);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await get("/_astro/island.js")).status).toBe(404);
    expect(
      (await get("/_astro/island.js", { cookie: `mops_preview=${"0".repeat(32)}` })).status,
    ).toBe(404);
  });

  it.each([
    ["a changed office", `office=krasnik`],
    ["a changed path", `path=%2Fo-nas%2F`],
  ])("refuses a link with %s and builds nothing", async (_name, change) => {
    const before = requests.length;
    const [key, value] = change.split("=") as [string, string];
    const query = signPreviewLink(secret, link());
    query.set(key, decodeURIComponent(value));
    const response = await get(`/open?${query}`);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("nieprawidłowy");
    expect(requests.length).toBe(before);
  });

  it("refuses an expired link", async () => {
    const response = await open(link({ expires: Math.floor(clock.now() / 1000) - 1 }));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("wygasł");
  });

  it("says in Polish that a build failed, and serves no session", async () => {
    failing.add("orzesze");
    const response = await open(link({ office: "orzesze" }));
    expect(response.status).toBe(502);
    expect(await response.text()).toContain("Opublikowana strona się nie zmieniła");
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("serves nothing outside the session's site", async () => {
    const location = (await open(link())).headers.get("location")!;
    const session = location.split("/")[2];
    // Encoded slashes survive the URL parser: the service itself must keep the path inside.
    for (const path of [
      `/s/${session}/..%2F..%2F..%2F..%2Foutside.txt`,
      `/s/${session}/%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Foutside.txt`,
    ]) {
      expect((await get(path)).status).toBe(404);
    }
    expect((await get(`/s/${"f".repeat(32)}/`)).status).toBe(404);
  });

  it("ends a session after its time", async () => {
    const location = (await open(link())).headers.get("location")!;
    expect((await get(location)).status).toBe(200);
    clock.advance(30 * 60_000 + 1);
    const expired = await get(location);
    expect(expired.status).toBe(404);
    expect(await expired.text()).toContain("wygasł");
  });
});
