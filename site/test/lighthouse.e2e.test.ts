// Lighthouse (the npm package, in Debian's Chromium: it downloads no browser) scores 100 in
// accessibility, best practices and SEO on one page of every page type of one office. The search
// and 404 pages are left out: they are unindexed on purpose (SEO marks them down, which one
// test checks, so the audit is seen to fail where it should).
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSiteServer, listen, type RunningServer } from "@mops/static-server";
import lighthouse from "lighthouse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PAGE_TYPES, samplePages } from "./page-types.ts";

const kutno = inject("testBuild").offices.find((office) => office.slug === "kutno")!;
/** One page of each type Kutno has (it has every type), the unindexed ones apart. */
const samples = await samplePages(kutno.dir);

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
  // Chromium writes into its profile while it shuts down: removing the profile before it has
  // exited races with those writes (ENOTEMPTY), so wait for the exit first.
  if (chrome && chrome.exitCode === null && chrome.signalCode === null) {
    const exited = once(chrome, "exit");
    chrome.kill();
    await exited;
  }
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true, maxRetries: 5 });
});

/** The three categories' scores (0–100) and the binary audits that failed on the page. */
async function audit(path: string) {
  const result = await lighthouse(`${server.url}${path}`, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
    // A static page on a local server: no simulated network, no waiting for quiet.
    throttlingMethod: "provided",
    pauseAfterFcpMs: 0,
    pauseAfterLoadMs: 0,
    networkQuietThresholdMs: 0,
    cpuQuietThresholdMs: 0,
    disableFullPageScreenshot: true,
  });
  const lhr = result?.lhr;
  expect(lhr?.runtimeError).toBeUndefined();
  const failing = Object.values(lhr?.audits ?? {})
    .filter((entry) => entry.scoreDisplayMode === "binary" && entry.score !== 1)
    .map((entry) => entry.id);
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      Math.round((lhr?.categories[category]?.score ?? 0) * 100),
    ]),
  );
  return { scores, failing };
}

describe("Lighthouse in Chromium, Kutno", () => {
  it("marks down the search page, unindexed on purpose (the audit can fail)", async () => {
    const search = samples.find((sample) => sample.type === "search")!;
    const { scores, failing } = await audit(search.path);
    expect(scores.seo).toBeLessThan(100);
    expect(failing).toContain("is-crawlable");
  });

  it("has a sample of every page type", () => {
    expect(samples.map((sample) => sample.type)).toEqual(PAGE_TYPES.map((type) => type.type));
  });

  it.each(samples.filter((sample) => sample.indexed))(
    "$type ($path): 100 in accessibility, best practices, SEO",
    async ({ path }) => {
      expect(await audit(path)).toEqual({
        scores: { accessibility: 100, "best-practices": 100, seo: 100 },
        failing: [],
      });
    },
  );
});
