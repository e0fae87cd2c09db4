import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { page, writeTestSite } from "../../../test/support/test-site.ts";
import { BUDGETS, checkBudgets } from "./budgets.ts";

const origin = "https://mops.kutno.pl";
// Random base64 carries 6 bits a character, so gzip keeps about 3/4 of it: this text gzips to
// more than `bytes`.
const incompressible = (bytes: number) => randomBytes(bytes).toString("base64");

interface BudgetCase {
  name: string;
  files: Record<string, string>;
  rules: string[];
}

describe("checkBudgets", () => {
  it.each<BudgetCase>([
    {
      name: "a small page",
      files: { "index.html": page("<p>Dzień dobry</p>") },
      rules: [],
    },
    {
      name: "a page over 14 KB gzip with its inline CSS",
      files: {
        "index.html": page("<p>x</p>", `<style>${incompressible(BUDGETS.pageWithCssGzip)}</style>`),
      },
      rules: ["page-with-css-over-budget"],
    },
    {
      name: "a page whose linked stylesheet pushes it over",
      files: {
        "index.html": page("<p>x</p>", '<link rel="stylesheet" href="/s.css">'),
        "s.css": `a{}/*${incompressible(BUDGETS.pageWithCssGzip)}*/`,
      },
      rules: ["page-with-css-over-budget"],
    },
    {
      name: "an island with a small script",
      files: {
        "index.html": page(
          '<p data-island="open-now">x</p><script type="module" src="/a.js"></script>',
        ),
        "a.js": "console.log(1)",
      },
      rules: [],
    },
    {
      name: "a script over 3 KB gzip",
      files: {
        "index.html": page(
          '<p data-island="open-now">x</p><script type="module" src="/a.js"></script>',
        ),
        "a.js": `//${incompressible(BUDGETS.scriptGzip + 100)}`,
      },
      rules: ["script-over-budget"],
    },
    {
      name: "a script on a page without an island",
      files: { "index.html": page("<script>console.log(1)</script>") },
      rules: ["script-without-island"],
    },
    {
      name: "JSON-LD, which is data, not script",
      files: {
        "index.html": page('<script type="application/ld+json">{"@type":"Thing"}</script>'),
      },
      rules: [],
    },
    {
      name: "a web font file",
      files: { "index.html": page("x"), "_astro/f.woff2": "x" },
      rules: ["web-font"],
    },
    {
      name: "a @font-face rule",
      files: { "index.html": page("x"), "_astro/s.css": "@font-face{font-family:x}" },
      rules: ["web-font"],
    },
    {
      name: "a sized modern image",
      files: { "index.html": page('<img src="/_astro/a.webp" width="10" height="10" alt="">') },
      rules: [],
    },
    {
      name: "an image without its size",
      files: { "index.html": page('<img src="/_astro/a.webp" alt="">') },
      rules: ["image-without-size"],
    },
    {
      name: "a lone JPEG",
      files: { "index.html": page('<img src="/_astro/a.jpg" width="10" height="10" alt="">') },
      rules: ["image-legacy-format"],
    },
    {
      name: "a JPEG fallback inside a picture with AVIF",
      files: {
        "index.html": page(
          '<picture><source type="image/avif" srcset="/_astro/a.avif"><img src="/_astro/a.jpg" width="10" height="10" alt=""></picture>',
        ),
      },
      rules: [],
    },
    {
      name: "a third-party stylesheet",
      files: {
        "index.html": page("x", '<link rel="stylesheet" href="https://cdn.example/x.css">'),
      },
      rules: ["third-party-request"],
    },
    {
      name: "a third-party image",
      files: {
        "index.html": page('<img src="https://cdn.example/x.webp" width="1" height="1" alt="">'),
      },
      rules: ["third-party-request"],
    },
    {
      name: "a link to another site, which is no request",
      files: { "index.html": page('<a href="https://www.gov.pl/">gov.pl</a>') },
      rules: [],
    },
  ])("$name", async ({ files, rules }) => {
    const report = await checkBudgets(await writeTestSite(files), origin);
    expect(report.violations.map((violation) => violation.rule)).toEqual(rules);
  });

  it("reports each page's weight", async () => {
    const dir = await writeTestSite({
      "index.html": page('<p data-island="x">x</p><script type="module" src="/a.js"></script>'),
      "a.js": "console.log('abc')",
      "kontakt/index.html": page("<p>kontakt</p>"),
    });
    const { weights } = await checkBudgets(dir, origin);
    expect(weights.map((weight) => weight.page)).toEqual(["index.html", "kontakt/index.html"]);
    expect(weights[0]?.scriptGzip).toBeGreaterThan(0);
    expect(weights[1]?.scriptGzip).toBe(0);
    expect(weights[1]?.htmlGzip).toBeGreaterThan(50);
  });
});
