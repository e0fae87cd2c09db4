// The regional portal in headless Chromium: a resident types a postal code of Kraśnik's area
// and only Kraśnik's office stays listed; without JavaScript the finder field is not shown and
// the postal-code pages (by the first two digits, then the code) lead to the same office. The open-now island writes each status.
import { createSiteServer, listen, type RunningServer } from "@mops/static-server";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const { portal } = inject("testBuild");
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  server = await listen(createSiteServer(portal.dir));
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the open-now island on the portal", () => {
  it.each([
    ["2026-11-23T10:00:00+01:00", "Otwarte"],
    ["2026-11-22T12:00:00+01:00", "Nieczynne"],
  ])("says Kraśnik's state at %s in words: %s", async (instant, word) => {
    const page = await browser.newPage();
    await page.clock.setFixedTime(new Date(instant));
    await page.goto(`${server.url}/`);
    const status = page.locator("#urzad-krasnik [data-open-now] strong");
    await expect.poll(() => status.textContent()).toBe(word);
    await page.close();
  });
});

describe("finding an office on the portal", () => {
  it.each(["23-204", "23-210"])("finds only Kraśnik by the postal code %s", async (code) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel("Kod pocztowy, gmina lub miejscowość").fill(code);
    const visible = page.locator("[data-keys]:visible h2");
    await expect
      .poll(() => visible.allTextContents())
      .toEqual(["Miejski Ośrodek Pomocy Społecznej w Kraśniku"]);
    expect(await page.locator("#wynik-szukania").textContent()).toBe("Znaleziono 1 ośrodek.");
    await page.close();
  });

  it("says when no office serves the code", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel("Kod pocztowy, gmina lub miejscowość").fill("00-001");
    await expect.poll(() => page.locator("[data-keys]:visible").count()).toBe(0);
    expect(await page.locator("#wynik-szukania").textContent()).toMatch(/^Nie znaleziono/);
    await page.close();
  });

  it("without JavaScript hides the field and reaches Kraśnik through the postal-code pages", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.locator("#szukaj-osrodka").isVisible()).toBe(false);
    await page.getByRole("link", { name: "kody pocztowe", exact: true }).click();
    await page.getByRole("link", { name: "23-…" }).click();
    await page.getByRole("link", { name: "23-204" }).click();
    expect(new URL(page.url()).pathname).toBe("/kody/23-204/");
    expect(await page.locator("h2").allTextContents()).toContain(
      "Miejski Ośrodek Pomocy Społecznej w Kraśniku",
    );
    await context.close();
  });
});

describe("searching the portal", () => {
  it.each([
    ["Kraśnik", /^\/(osrodki|kody|gminy)\//],
    ["23-204", /^\/kody\/23-204\/$/],
  ])("finds pages about „%s” with the portal's own index", async (query, expected) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: "Szukaj", exact: true }).click();
    await page.getByLabel("Czego szukasz?").fill(query);
    await page.keyboard.press("Enter");
    const links = page.locator("#search-results a");
    await expect.poll(() => links.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(
      hrefs.some((href) => expected.test(href ?? "")),
      hrefs.join(" "),
    ).toBe(true);
    expect(hrefs.every((href) => href?.startsWith("/"))).toBe(true);
    await page.close();
  });
});
