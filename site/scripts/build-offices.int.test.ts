// The build driver against the real seeded CMS: an office builds and rebuilds in place, a
// build that meets invalid data fails naming type, documentId and field, and leaves the last
// good site in place with no partial output. A job's batches run in one kept Astro process and
// write, byte for byte, what an `astro build` process per batch writes.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { treeOf } from "../test/support/file-tree.ts";
import {
  startTestServer,
  type TestServer,
  unnamedServiceOf,
} from "../test/support/strapi-test-server.ts";

const cms = inject("cms")!;
const work = mkdtempSync(join(tmpdir(), "mops-driver-"));
const out = join(work, "out");
const cache = join(work, "cache");
let proxy: TestServer | undefined;

afterAll(async () => {
  await proxy?.close();
  rmSync(work, { recursive: true, force: true });
});

function drive(
  args: string[],
  strapiUrl = cms.url,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "scripts/build-offices.ts",
        "--out",
        out,
        "--cache",
        cache,
        "--strapi-url",
        strapiUrl,
        "--now",
        "2026-11-23T10:00:00+01:00",
        ...args,
      ],
      { env: { ...process.env, STRAPI_TOKEN: cms.readToken }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe("build-offices", () => {
  it("builds one office with its content alone, then rebuilds it", async () => {
    const first = await drive(["--json", "kutno"]);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout.trim().split("\n").at(-1)!)).toEqual({
      results: [
        { office: "kutno", ok: true, dir: join(out, "kutno"), seconds: expect.any(Number) },
      ],
    });
    expect(first.stdout).toMatch(/content \(pl\): 1 office\(s\), 4 department\(s\),/);
    const second = await drive(["kutno"]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/content \(pl\): 1 office\(s\), 4 department\(s\),/);
    expect(existsSync(join(out, "kutno", "index.html"))).toBe(true);
    expect(existsSync(join(out, "krasnik"))).toBe(false);
  });

  it("reads each page of each collection once per build, in every language", async () => {
    // The content is requested when the build starts (content-prefetch) and the pages take it:
    // a loader that missed the prefetch would read the CMS a second time.
    const recorder = await startTestServer([{ proxyTo: cms.url }]);
    try {
      const run = await drive(["--quiet", "kutno"], recorder.url);
      expect(run.code, run.stderr).toBe(0);
      const urls = recorder.requests.map((request) => decodeURIComponent(request.url));
      const reads = urls.filter((url) => /^\/api\/(news-posts|schedules)\?/.test(url));
      expect(reads.filter((url) => url.includes("locale=uk")).length).toBeGreaterThan(0);
      expect(reads.filter((url) => url.includes("locale=en")).length).toBeGreaterThan(0);
      expect(reads.filter((url, i) => reads.indexOf(url) !== i)).toEqual([]);
    } finally {
      await recorder.close();
    }
  });

  it("fails on invalid data, names the entry and keeps the last good site", async () => {
    const before = readFileSync(join(out, "kutno", "index.html"), "utf8");
    proxy = await startTestServer([
      {
        proxyTo: cms.url,
        rewrite: (body) => {
          const page = body as { data: Array<Record<string, unknown>> };
          if (page.data[0] && "services" in page.data[0]) page.data[0].services = [{ name: "" }];
          return page;
        },
      },
    ]);
    const run = await drive(["--json", "--quiet", "kutno"], proxy.url);
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout.trim().split("\n").at(-1)!).results;
    expect(result).toMatchObject({ office: "kutno", ok: false });
    expect(result.error).toMatch(
      /^StrapiValidationError: department [a-z0-9]+: field "services\.0\.name": /,
    );
    expect(readFileSync(join(out, "kutno", "index.html"), "utf8")).toBe(before);
    expect(existsSync(join(out, ".staging", "kutno"))).toBe(false);
  });

  it("builds several offices in one batch; one office's bad data fails only that office", async () => {
    const kutnoBefore = readFileSync(join(out, "kutno", "index.html"), "utf8");
    await proxy?.close();
    proxy = await startTestServer([{ proxyTo: cms.url, rewrite: unnamedServiceOf("kutno") }]);
    const run = await drive(["--json", "--quiet", "kutno", "krasnik"], proxy.url);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the batch of 2 offices failed .*building them one by one/);
    const results = JSON.parse(run.stdout.trim().split("\n").at(-1)!).results;
    expect(results.map((r: { office: string; ok: boolean }) => [r.office, r.ok])).toEqual([
      ["kutno", false],
      ["krasnik", true],
    ]);
    expect(results[0].error).toMatch(/^StrapiValidationError: department /);
    expect(readFileSync(join(out, "kutno", "index.html"), "utf8")).toBe(kutnoBefore);
    expect(readFileSync(join(out, "krasnik", "index.html"), "utf8")).toContain("Kraśnik");
    expect(existsSync(join(out, "krasnik", "404.html"))).toBe(true);
    expect(existsSync(join(out, "krasnik", "_astro"))).toBe(true);
  });

  it("runs a job's batches in one kept process; each site is byte for byte a process's", async () => {
    const kept = join(work, "kept");
    const perBatch = join(work, "per-batch");
    const offices = ["krasnik", "kalisz", "pruszkow"];
    const run = await drive(["--quiet", "--batch", "1", "--out", kept, ...offices]);
    expect(run.code, run.stderr).toBe(0);
    // The second and third batches skip bundling (lib/bundle-reuse.ts): the same code and
    // configuration, other offices.
    expect(run.stderr).toMatch(/3 batches in 1 kept Astro process\(es\), 2 on a reused bundle/);
    const oracle = await drive([
      ...["--quiet", "--batch", "1", "--process-per-batch", "--out", perBatch],
      ...offices,
    ]);
    expect(oracle.code, oracle.stderr).toBe(0);
    expect(oracle.stderr).not.toMatch(/kept Astro process/);
    for (const office of offices) {
      const files = treeOf(join(perBatch, office));
      expect(files.size).toBeGreaterThan(20);
      expect(treeOf(join(kept, office))).toEqual(files);
    }
  });

  it("in a kept process, one batch's failure leaves the next batch's site whole", async () => {
    const kept = join(work, "kept-failing");
    await proxy?.close();
    proxy = await startTestServer([{ proxyTo: cms.url, rewrite: unnamedServiceOf("kutno") }]);
    const offices = ["kutno", "krasnik", "kalisz"];
    const run = await drive(
      ["--json", "--quiet", "--batch", "1", "--out", kept, ...offices],
      proxy.url,
    );
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout.trim().split("\n").at(-1)!).results;
    expect(results.map((r: { office: string; ok: boolean }) => [r.office, r.ok])).toEqual([
      ["kutno", false],
      ["krasnik", true],
      ["kalisz", true],
    ]);
    expect(results[0].error).toMatch(/^StrapiValidationError: department /);
    for (const office of ["krasnik", "kalisz"]) {
      expect(treeOf(join(kept, office))).toEqual(treeOf(join(work, "per-batch", office)));
    }
  });

  it("fails an unknown office as its own result, naming it and the known ones", async () => {
    const run = await drive(["--json", "nieznane"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /FAILED nieznane in 0\.0 s: OfficeSelectionError: no office "nieznane" in the CMS; known: .*kutno/,
    );
    const results = JSON.parse(run.stdout.trim().split("\n").at(-1)!).results;
    expect(results).toEqual([expect.objectContaining({ office: "nieznane", ok: false })]);
  });

  it("refuses a bad --now before building anything", async () => {
    const run = await drive(["--now", "jutro", "kutno"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /BuildDriverError: --now \/ BUILD_NOW "jutro" is not an ISO datetime/,
    );
  });
});
