// pa11y-ci (axe + htmlcs, WCAG 2 AA) over a random sample of pages of the large build, served
// the way offices are served live: http://<slug>.localhost:<port>/ by the project's static
// server (@mops/static-server). Uses Debian's Chromium; nothing downloads a browser.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createStaticServer } from "@mops/static-server";
import { z } from "zod";
import { listHtmlPages } from "./built-pages.ts";
import type { Random } from "./prng.ts";
import type { A11yResult } from "./report-schema.ts";
import { repoRoot } from "./site-driver.ts";

export const CHROMIUM = "/usr/bin/chromium";

const pa11yBin = join(repoRoot, "site", "node_modules", ".bin", "pa11y-ci");

const chromeArgs = [
  "--no-sandbox",
  "--headless=new",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const issueSchema = z.object({ code: z.string().optional(), message: z.string().optional() });
const reportSchema = z.object({
  total: z.number(),
  passes: z.number(),
  errors: z.number(),
  results: z.record(z.string(), z.array(issueSchema)),
});

/** `count` pages drawn from every office under `sitesRoot`, as URLs of the static server. */
export async function samplePages(
  sitesRoot: string,
  offices: readonly string[],
  count: number,
  random: Random,
  port: number,
): Promise<string[]> {
  const all: string[] = [];
  for (const slug of offices) {
    for (const path of await listHtmlPages(join(sitesRoot, slug))) {
      all.push(`http://${slug}.localhost:${port}${path}`);
    }
  }
  return random.sample(all, count);
}

function runPa11y(configFile: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(pa11yBin, ["--config", configFile], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-6000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

export async function runA11ySample(options: {
  sitesRoot: string;
  offices: readonly string[];
  pages: number;
  random: Random;
  workDir: string;
}): Promise<A11yResult> {
  if (options.pages === 0) return { status: "not-run", reason: "--a11y-pages 0" };
  if (!existsSync(CHROMIUM)) {
    return {
      status: "not-run",
      reason: `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`,
    };
  }
  const server = createStaticServer({ liveDir: options.sitesRoot, baseDomain: "localhost" });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  try {
    const urls = await samplePages(
      options.sitesRoot,
      options.offices,
      options.pages,
      options.random,
      port,
    );
    const reportFile = join(options.workDir, "pa11y-report.json");
    const configFile = join(options.workDir, "pa11y-ci.json");
    await writeFile(
      configFile,
      JSON.stringify({
        defaults: {
          chromeLaunchConfig: { executablePath: CHROMIUM, args: chromeArgs },
          runners: ["axe", "htmlcs"],
          standard: "WCAG2AA",
          concurrency: 2,
          useIncognitoBrowserContext: false,
          timeout: 60_000,
          reporters: [["json", { fileName: reportFile }]],
        },
        urls,
      }),
    );
    const started = performance.now();
    const { code, output } = await runPa11y(configFile);
    const seconds = (performance.now() - started) / 1000;
    const text = await readFile(reportFile, "utf8").catch(() => "");
    const parsed = reportSchema.safeParse(text ? JSON.parse(text) : undefined);
    if (!parsed.success) {
      return { status: "not-run", reason: `pa11y-ci exited with ${code}: ${output.slice(-800)}` };
    }
    const codes = new Map<string, number>();
    const failedUrls: string[] = [];
    for (const [url, issues] of Object.entries(parsed.data.results)) {
      if (issues.length > 0) failedUrls.push(url);
      for (const issue of issues) {
        const key = issue.code ?? issue.message ?? "unknown";
        codes.set(key, (codes.get(key) ?? 0) + 1);
      }
    }
    return {
      status: "ok",
      pages: parsed.data.total,
      pagesWithErrors: failedUrls.length,
      errors: parsed.data.errors,
      codes: [...codes]
        .map(([issueCode, n]) => ({ code: issueCode, count: n }))
        .sort((a, b) => b.count - a.count),
      failedUrls,
      seconds,
    };
  } finally {
    server.close();
    server.closeAllConnections();
  }
}
