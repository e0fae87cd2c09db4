// Weight of each page type of built offices: HTML with CSS and JavaScript gzip as the site's own
// budget check measures them (site/src/lib/checks/budgets.ts), plus the requests and bytes of a
// cold load, worked out from the resources each page references.
import { readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import {
  BUDGETS,
  type BudgetViolation,
  type BuiltPage,
  checkBudgets,
  fileForPath,
  listFiles,
  readBuiltPages,
  resolveInternal,
} from "@mops/site/checks";
import type { BudgetViolationRow, PageTypeName, PageTypeResult } from "./report-schema.ts";
import { summarize } from "./stats.ts";

/** Page type of a URL path, first match wins (routes: site/src/lib/routes.ts). */
const pageTypes: readonly (readonly [PageTypeName, RegExp])[] = [
  ["home", /^\/$/],
  ["department", /^\/dzialy\/[^/]+\/$/],
  ["programme", /^\/programy\/[^/]+\/$/],
  ["news list", /^\/aktualnosci\/(strona\/\d+\/)?$/],
  ["news post", /^\/aktualnosci\/[^/]+\/$/],
  ["contact", /^\/kontakt\/$/],
  ["accessibility statement", /^\/deklaracja-dostepnosci\/$/],
];

export function pageTypeOf(urlPath: string): PageTypeName {
  return pageTypes.find(([, pattern]) => pattern.test(urlPath))?.[0] ?? "other";
}

/** Text files travel gzip-compressed; others as they are. */
const compressible = new Set([".html", ".css", ".js", ".mjs", ".svg", ".json", ".xml", ".txt"]);

export interface PageLoad {
  requests: number;
  transferBytes: number;
}

/** The requests and bytes of loading `page` with an empty cache: the page and each resource once. */
export async function pageLoad(
  page: BuiltPage,
  dir: string,
  files: ReadonlySet<string>,
  siteOrigin: string,
  fileBytes: (file: string) => Promise<number>,
): Promise<PageLoad> {
  const fetched = new Set<string>();
  for (const resource of page.resources) {
    if (!resource.url) continue;
    // Of <img srcset> and <source> candidates the browser fetches one: count the <img src>.
    if (resource.kind === "media") continue;
    if (resource.kind === "image" && resource.url !== resource.attributes.src) continue;
    const target = resolveInternal(resource.url, page.urlPath, siteOrigin);
    const file = target && fileForPath(target.path, files);
    if (file) fetched.add(file);
  }
  let transferBytes = gzipSync(page.html, { level: 9 }).length;
  for (const file of fetched) transferBytes += await fileBytes(join(dir, file));
  return { requests: 1 + fetched.size, transferBytes };
}

interface Weighed {
  type: PageTypeName;
  htmlCssGzip: number;
  scriptGzip: number;
  requests: number;
  transferBytes: number;
}

function describeViolation(violation: BudgetViolation): { page: string; detail: string } {
  if ("bytes" in violation) return { page: violation.page, detail: `${violation.bytes} B` };
  if ("url" in violation) return { page: violation.page, detail: violation.url };
  if ("src" in violation) return { page: violation.page, detail: violation.src };
  if ("file" in violation) return { page: violation.file, detail: "" };
  return { page: violation.page, detail: "" };
}

/** Weighs every page of the given built offices (`dirs`: slug → directory, `origins`: slug → URL). */
export async function weighOffices(
  offices: readonly { slug: string; dir: string; siteUrl: string }[],
): Promise<{ pageTypes: PageTypeResult[]; violations: BudgetViolationRow[] }> {
  const weighed: Weighed[] = [];
  const violations: BudgetViolationRow[] = [];
  const sizes = new Map<string, number>();
  const fileBytes = async (path: string) => {
    const known = sizes.get(path);
    if (known !== undefined) return known;
    const size = compressible.has(extname(path))
      ? gzipSync(await readFile(path), { level: 9 }).length
      : (await stat(path)).size;
    sizes.set(path, size);
    return size;
  };
  for (const office of offices) {
    const budgets = await checkBudgets(office.dir, office.siteUrl);
    for (const violation of budgets.violations) {
      violations.push({
        office: office.slug,
        rule: violation.rule,
        ...describeViolation(violation),
      });
    }
    const weights = new Map(budgets.weights.map((weight) => [weight.page, weight]));
    const files = new Set(await listFiles(office.dir));
    for (const page of await readBuiltPages(office.dir)) {
      const weight = weights.get(page.file);
      if (!weight) continue;
      const load = await pageLoad(page, office.dir, files, office.siteUrl, fileBytes);
      weighed.push({
        type: pageTypeOf(page.urlPath),
        htmlCssGzip: weight.htmlGzip + weight.cssGzip,
        scriptGzip: weight.scriptGzip,
        ...load,
      });
    }
  }
  const pageTypeResults: PageTypeResult[] = [];
  for (const type of [...pageTypes.map(([name]) => name), "other" as const]) {
    const ofType = weighed.filter((w) => w.type === type);
    if (ofType.length === 0) continue;
    const htmlCssGzip = summarize(ofType.map((w) => w.htmlCssGzip));
    const scriptGzip = summarize(ofType.map((w) => w.scriptGzip));
    pageTypeResults.push({
      type,
      pages: ofType.length,
      htmlCssGzip,
      scriptGzip,
      transferBytes: summarize(ofType.map((w) => w.transferBytes)),
      requests: summarize(ofType.map((w) => w.requests)),
      withinBudget:
        htmlCssGzip.max <= BUDGETS.pageWithCssGzip && scriptGzip.max <= BUDGETS.scriptGzip,
    });
  }
  return { pageTypes: pageTypeResults, violations };
}

export { BUDGETS };
