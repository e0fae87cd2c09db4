// The regional portal at N offices (`--portal-offices`): one portal build as the main job runs it
// (`buildPortal` of @mops/site/driver: every office of the CMS in one Astro build), timed, and
// every page weighed as the site's budget check weighs it, by page type.
// Run inside the full bench at that size, or on its own (`--only portal`): a fresh SQLite CMS,
// the offices imported, one build.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { BUDGETS, checkBudgets, readBuiltPages } from "@mops/site/checks";
import { buildPortal } from "@mops/site/driver";
import { createBenchCms } from "./bench-cms.ts";
import { createFixtureSource } from "./fixture-writer.ts";
import type { BenchOptions } from "./options.ts";
import { portalMarkdown } from "./report-markdown.ts";
import { type PortalResult, portalResultSchema } from "./report-schema.ts";
import { repoRoot } from "./site-driver.ts";
import { summarize } from "./stats.ts";

/** Portal page type of a URL path, first match wins (routes: site/src/lib/portal/portal-routes.ts). */
const portalPageTypes: readonly (readonly [string, RegExp])[] = [
  ["home", /^\/$/],
  ["offices A–Z", /^\/osrodki\/[^/]+\/$/],
  ["municipalities A–Z", /^\/gminy\/([^/]+\/)?$/],
  ["postal-code list", /^\/kody\/(\d\d(-czesc-\d+)?\/)?$/],
  ["postal code", /^\/kody\/\d\d-\d\d\d\/$/],
  ["service", /^\/uslugi\//],
];

export const portalPageTypeOf = (urlPath: string): string =>
  portalPageTypes.find(([, pattern]) => pattern.test(urlPath))?.[0] ?? "other";

export interface PortalTarget {
  strapiUrl: string;
  token: string;
  now: string;
  /** Where the portal is written (and its Astro cache beside it). */
  workDir: string;
}

export async function measurePortal(target: PortalTarget): Promise<PortalResult> {
  const outDir = join(target.workDir, "portal");
  const portalUrl = "https://region.mops.example/";
  const built = await buildPortal({
    outDir,
    portalUrl,
    strapiUrl: target.strapiUrl,
    token: target.token,
    buildNow: target.now,
    cacheDir: join(target.workDir, "portal-cache"),
  });
  const budgets = await checkBudgets(outDir, portalUrl);
  const weights = new Map(budgets.weights.map((weight) => [weight.page, weight]));
  const byType = new Map<string, { htmlCss: number[]; script: number[] }>();
  for (const page of await readBuiltPages(outDir)) {
    const weight = weights.get(page.file);
    if (!weight) continue;
    const type = portalPageTypeOf(page.urlPath);
    const entry = byType.get(type) ?? { htmlCss: [], script: [] };
    entry.htmlCss.push(weight.htmlGzip + weight.cssGzip);
    entry.script.push(weight.scriptGzip);
    byType.set(type, entry);
  }
  return portalResultSchema.parse({
    offices: built.offices,
    seconds: built.seconds,
    pages: budgets.weights.length,
    pageTypes: [...byType].map(([type, { htmlCss, script }]) => {
      const htmlCssGzip = summarize(htmlCss);
      const scriptGzip = summarize(script);
      return {
        type,
        pages: htmlCss.length,
        htmlCssGzip,
        scriptGzip,
        withinBudget:
          htmlCssGzip.max <= BUDGETS.pageWithCssGzip && scriptGzip.max <= BUDGETS.scriptGzip,
      };
    }),
    budgetViolations: budgets.violations.map((violation) => ({
      office: "portal",
      rule: violation.rule,
      page: "page" in violation ? violation.page : violation.file,
      detail: "bytes" in violation ? `${violation.bytes} B` : "",
    })),
  } satisfies PortalResult);
}

/**
 * `pnpm bench --only portal`: a fresh SQLite CMS with `--portal-offices` offices of `--posts`
 * posts each, one portal build measured; the report goes to <out>/portal-<stamp>.json and .md.
 */
export async function runPortalBench(
  options: BenchOptions,
  deps: { log: (line: string) => void; clock: () => Date },
): Promise<{ result: PortalResult; markdown: string; jsonPath: string }> {
  const stamp = deps
    .clock()
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");
  const outDir = resolve(repoRoot, options.out);
  const workDir = join(outDir, "work", `portal-${stamp}`);
  const offices = options.portalOffices;
  const cms = await createBenchCms({
    kind: "sqlite",
    workDir: join(workDir, "cms"),
    startTimeoutMs: 60 * 60_000,
  });
  try {
    const source = createFixtureSource({
      seed: options.seed,
      posts: options.posts,
      now: new Date(options.now),
    });
    deps.log(`portal: importing ${offices} offices (${options.posts} posts each)`);
    const written = source.write(join(workDir, "fixtures"), 0, offices);
    await cms.seed(written.dir);
    const running = await cms.start();
    try {
      deps.log(`portal: building the portal of ${offices} offices`);
      const result = await measurePortal({
        strapiUrl: running.strapi.url,
        token: running.strapi.readToken,
        now: options.now,
        workDir,
      });
      const markdown = portalMarkdown(result);
      mkdirSync(outDir, { recursive: true });
      const jsonPath = join(outDir, `portal-${stamp}.json`);
      writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
      writeFileSync(join(outDir, `portal-${stamp}.md`), markdown);
      return { result, markdown, jsonPath };
    } finally {
      await running.stop();
    }
  } finally {
    await cms.drop();
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  }
}
