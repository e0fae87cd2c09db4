// The hours-and-contacts sheet printed in Chromium: one A4 page for every seed office that has
// it (print CSS: two columns, small type, no menu or footer); the contact page, printed the same
// way, takes more, so the count is real.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createSiteServer, listen, type RunningServer } from "@mops/static-server";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const build = inject("testBuild");
let browser: Browser;
const servers = new Map<string, RunningServer>();

beforeAll(async () => {
  for (const office of build.offices)
    servers.set(office.slug, await listen(createSiteServer(office.dir)));
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([...servers.values()].map((server) => server.close()));
});

/** Pages of the A4 PDF Chromium prints of `path`. */
async function printedPages(slug: string, path: string): Promise<number> {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(`${servers.get(slug)!.url}${path}`);
  const pdf = (await page.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
  await page.close();
  return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

const withSheet = build.offices.filter((office) =>
  existsSync(join(office.dir, "godziny-i-kontakt", "index.html")),
);

describe.each(withSheet.map((office) => office.slug))("%s", (slug) => {
  it("prints the hours-and-contacts sheet on one A4 page", async () => {
    expect(await printedPages(slug, "/godziny-i-kontakt/")).toBe(1);
  });
});

describe("page count", () => {
  it("sees more than one page in a longer printout (Kraśnik's contact page)", async () => {
    expect(await printedPages("krasnik", "/kontakt/")).toBeGreaterThan(1);
  });
});
