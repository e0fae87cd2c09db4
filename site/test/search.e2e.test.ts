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
