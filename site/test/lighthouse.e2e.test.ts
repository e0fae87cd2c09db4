// Lighthouse (the npm package, in Debian's Chromium: it downloads no browser) scores 100 in
// accessibility, best practices and SEO on one page of every page type of one office. The search
// and 404 pages are left out: they are unindexed on purpose (SEO would mark them down).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSiteServer, listen, type RunningServer } from "@mops/static-server";
import lighthouse from "lighthouse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const kutno = inject("testBuild").offices.find((office) => office.slug === "kutno")!;

/** One page of each type: the first page (by path) matching each pattern. */
const PAGE_TYPES: ReadonlyArray<{ type: string; path: string }> = [
  { type: "home", path: "/" },
  { type: "contact", path: "/kontakt/" },
  { type: "about", path: "/o-nas/" },
  { type: "departments", path: "/dzialy/" },
  { type: "department", path: "/dzialy/dzial-pomocy-srodowiskowej/" },
  { type: "programmes", path: "/programy/" },
  { type: "programme", path: "/programy/klub-seniora/" },
  { type: "news", path: "/aktualnosci/" },
  { type: "news post", path: "/aktualnosci/komunikat-w-sprawie-obslugi-interesantow/" },
  { type: "data protection", path: "/ochrona-danych/" },
  { type: "accessibility statement", path: "/deklaracja-dostepnosci/" },
  { type: "easy-to-read", path: "/tekst-latwy-do-czytania/" },
  { type: "A–Z", path: "/od-a-do-z/" },
];
const CATEGORIES = ["accessibility", "best-practices", "seo"] as const;

let server: RunningServer;
let chrome: ChildProcess;
let profile: string;
let port: number;

/** Starts Chromium with a DevTools port the system picks and resolves with that port. */
function startChromium(userDataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.env.CHROME_PATH || "/usr/bin/chromium",
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--remote-debugging-port=0",
      `--user-data-dir=${userDataDir}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    child.once("exit", (code) => reject(new Error(`chromium exited (${code}): ${output}`)));
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) resolve({ child, port: Number(match[1]) });
    });
  });
}

beforeAll(async () => {
  server = await listen(createSiteServer(kutno.dir));
  profile = await mkdtemp(join(tmpdir(), "mops-lighthouse-"));
  ({ child: chrome, port } = await startChromium(profile));
});

afterAll(async () => {
  chrome?.kill();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe("Lighthouse in Chromium, Kutno", () => {
  it.each(PAGE_TYPES)(
    "$type ($path): 100 in accessibility, best practices, SEO",
    async ({ path }) => {
      expect(existsSync(join(kutno.dir, path, "index.html")), `${path} is built`).toBe(true);
      const result = await lighthouse(`${server.url}${path}`, {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
        throttlingMethod: "provide",
        disableStorageReset: false,
      });
      const lhr = result?.lhr;
      expect(lhr?.runtimeError).toBeUndefined();
      const failing = Object.values(lhr?.audits ?? {})
        .filter((audit) => audit.scoreDisplayMode === "binary" && audit.score !== 1)
        .map((audit) => audit.id);
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [
          category,
          Math.round((lhr?.categories[category]?.score ?? 0) * 100),
        ]),
      );
      expect({ scores, failing }).toEqual({
        scores: { accessibility: 100, "best-practices": 100, seo: 100 },
        failing: [],
      });
    },
  );
});
