// The search page in headless Chromium: Pagefind's index of this office answers a query, and
// the results link to the office's own pages. Other pages load no search code.

import { createSiteServer, listen, type RunningServer } from "@mops/static-server";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const kutno = inject("testBuild").offices.find((office) => office.slug === "kutno")!;
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  server = await listen(createSiteServer(kutno.dir));
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("search", () => {
  it.each([
    { query: "Klub Seniora", expected: "/programy/klub-seniora/" },
    { query: "dodatków mieszkaniowych", expected: "/dzialy/dzial-dodatkow-mieszkaniowych/" },
  ])("finds $expected for „$query”", async ({ query, expected }) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/szukaj/?q=${encodeURIComponent(query)}`);
    const links = page.locator("#search-results a");
    await expect.poll(() => links.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain(expected);
    expect(await page.locator("#search-status").textContent()).toMatch(/wynik/);
    await page.close();
  });

  it.each([360, 1280])("shifts no layout when results come, at %i px", async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 740 } });
    await page.addInitScript(() => {
      const target = window as unknown as { layoutShift: number };
      target.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) {
          target.layoutShift += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${server.url}/szukaj/?q=${encodeURIComponent("Klub Seniora")}`);
    const links = page.locator("#search-results a");
    await expect.poll(() => links.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Two frames after the results: every shift they caused has been reported.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve((window as unknown as { layoutShift: number }).layoutShift),
            ),
          ),
        ),
    );
    expect(shift).toBe(0);
    await page.close();
  });

  it("loads Pagefind on the search page only", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/kontakt/`);
    await page.waitForLoadState("networkidle");
    expect(requested.filter((path) => path.includes("pagefind"))).toEqual([]);
    expect(requested.every((path) => !path.endsWith(".js"))).toBe(true);
    await page.close();
  });
});

describe("search in each language, Kraśnik (Pagefind's index of the page's <html lang>)", () => {
  const krasnik = inject("testBuild").offices.find((office) => office.slug === "krasnik")!;
  let own: RunningServer;
  beforeAll(async () => {
    own = await listen(createSiteServer(krasnik.dir));
  });
  afterAll(async () => {
    await own?.close();
  });

  /** The result links and the status line of a search from the search page at `path`. */
  async function searchFrom(path: string, query: string) {
    const page = await browser.newPage();
    await page.goto(`${own.url}${path}?q=${encodeURIComponent(query)}`);
    const status = page.locator("#search-status");
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/\d|Брак|Немає|No /);
    const hrefs = await page
      .locator("#search-results a")
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
    const result = { hrefs, status: await status.textContent() };
    await page.close();
    return result;
  }

  it("finds the Ukrainian food-aid pages from /uk/szukaj/, and only Ukrainian pages", async () => {
    const { hrefs, status } = await searchFrom("/uk/szukaj/", "продовольча допомога");
    expect(hrefs).toContain("/uk/programy/pomoc-zywnosciowa/");
    expect(hrefs.every((href) => href.startsWith("/uk/"))).toBe(true);
    expect(status).toMatch(/^\d+ результат(и|ів)? для «продовольча допомога»\.$/);
  });

  it("finds English pages from /en/szukaj/, and only English pages", async () => {
    const { hrefs, status } = await searchFrom("/en/szukaj/", "visiting hours");
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith("/en/"))).toBe(true);
    expect(status).toMatch(/^\d+ results? for “visiting hours”\.$/);
  });

  it("finds only Polish pages from the Polish search", async () => {
    const { hrefs } = await searchFrom("/szukaj/", "Bank Żywności");
    expect(hrefs).toContain("/programy/pomoc-zywnosciowa/");
    expect(hrefs.some((href) => /^\/(uk|en)\//.test(href))).toBe(false);
  });
});
