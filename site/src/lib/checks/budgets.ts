// The performance budgets of the issue, checked over a built office directory:
// each HTML page with its CSS at most 14 KB gzip, JavaScript at most 3 KB gzip and only on pages
// that declare an island, no web fonts, images with width, height and a modern format, and no
// request to another origin.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import {
  type BuiltPage,
  fileForPath,
  listFiles,
  readBuiltPages,
  resolveInternal,
} from "./built-site.ts";

export const BUDGETS = {
  /** HTML of one page plus all of its CSS, gzip. */
  pageWithCssGzip: 14 * 1024,
  /** All JavaScript one page loads, gzip. */
  scriptGzip: 3 * 1024,
} as const;

export const ISLAND_ATTRIBUTE = "data-island";

const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;
const MODERN_IMAGE = /\.(avif|webp|svg)(\?|#|$)/i;

export interface PageWeight {
  page: string;
  htmlGzip: number;
  cssGzip: number;
  scriptGzip: number;
}

export type BudgetViolation =
  | { rule: "page-with-css-over-budget" | "script-over-budget"; page: string; bytes: number }
  | { rule: "script-without-island"; page: string }
  | { rule: "web-font"; file: string }
  | { rule: "image-without-size" | "image-legacy-format"; page: string; src: string }
  | { rule: "third-party-request"; page: string; url: string };

export interface BudgetReport {
  weights: PageWeight[];
  violations: BudgetViolation[];
}

const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

export async function checkBudgets(dir: string, siteOrigin: string): Promise<BudgetReport> {
  const [pages, fileList] = await Promise.all([readBuiltPages(dir), listFiles(dir)]);
  const files = new Set(fileList);
  const sizeCache = new Map<string, number>();
  const fileGzip = async (file: string): Promise<number> => {
    const cached = sizeCache.get(file);
    if (cached !== undefined) return cached;
    const size = gzipSize(await readFile(join(dir, file)));
    sizeCache.set(file, size);
    return size;
  };

  const violations: BudgetViolation[] = [];
  for (const file of fileList) {
    if (FONT_FILE.test(file)) violations.push({ rule: "web-font", file });
    if (file.endsWith(".css") && /@font-face/i.test(await readFile(join(dir, file), "utf8"))) {
      violations.push({ rule: "web-font", file });
    }
  }

  const weights: PageWeight[] = [];
  for (const page of pages) {
    const weight = await weighPage(page, files, siteOrigin, fileGzip);
    weights.push(weight);
    violations.push(...pageViolations(page, weight, siteOrigin));
  }
  return { weights, violations };
}

async function weighPage(
  page: BuiltPage,
  files: ReadonlySet<string>,
  siteOrigin: string,
  fileGzip: (file: string) => Promise<number>,
): Promise<PageWeight> {
  let cssGzip = 0;
  let scriptGzip = 0;
  for (const resource of page.resources) {
    if (resource.kind !== "stylesheet" && resource.kind !== "script") continue;
    let bytes = 0;
    if (resource.url) {
      const target = resolveInternal(resource.url, page.urlPath, siteOrigin);
      const file = target && fileForPath(target.path, files);
      if (file) bytes = await fileGzip(file);
    } else if (resource.kind === "script") {
      bytes = gzipSize(resource.inline ?? "");
    }
    // Inline styles are part of the HTML and weighed with it.
    if (resource.kind === "stylesheet") cssGzip += bytes;
    else scriptGzip += bytes;
  }
  return { page: page.file, htmlGzip: gzipSize(page.html), cssGzip, scriptGzip };
}

function pageViolations(
  page: BuiltPage,
  weight: PageWeight,
  siteOrigin: string,
): BudgetViolation[] {
  const violations: BudgetViolation[] = [];
  const pageBytes = weight.htmlGzip + weight.cssGzip;
  if (pageBytes > BUDGETS.pageWithCssGzip) {
    violations.push({ rule: "page-with-css-over-budget", page: page.file, bytes: pageBytes });
  }
  if (weight.scriptGzip > BUDGETS.scriptGzip) {
    violations.push({ rule: "script-over-budget", page: page.file, bytes: weight.scriptGzip });
  }
  const hasScript = page.resources.some((resource) => resource.kind === "script");
  if (hasScript && !page.html.includes(`${ISLAND_ATTRIBUTE}=`)) {
    violations.push({ rule: "script-without-island", page: page.file });
  }
  for (const resource of page.resources) {
    if (!resource.url) continue;
    if (!resolveInternal(resource.url, page.urlPath, siteOrigin)) {
      violations.push({ rule: "third-party-request", page: page.file, url: resource.url });
    }
  }
  const images = page.resources.filter((resource) => resource.kind === "image");
  for (const image of images) {
    const src = image.url ?? "";
    if (!image.attributes.width || !image.attributes.height) {
      violations.push({ rule: "image-without-size", page: page.file, src });
    }
  }
  // A legacy format is fine only as the fallback of a <picture> that offers a modern one.
  const offersModern = page.resources.some(
    (resource) =>
      resource.kind === "media" && /image\/(avif|webp)/.test(resource.attributes.type ?? ""),
  );
  for (const image of images) {
    const src = image.url ?? "";
    if (!MODERN_IMAGE.test(src) && !offersModern) {
      violations.push({ rule: "image-legacy-format", page: page.file, src });
    }
  }
  return violations;
}
