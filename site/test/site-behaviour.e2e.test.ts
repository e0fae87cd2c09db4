// The built pages in headless Chromium: every page of every office reflows at 320 px without
// horizontal scrolling; sample pages set no cookie and ask no other origin; the skip link shows
// on focus.

import { createSiteServer, listen, type RunningServer } from "@mops/static-server";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listFiles, urlPathOf } from "../src/lib/checks/built-site.ts";

const build = inject("testBuild");
const offices = build.offices;
let browser: Browser;
const servers = new Map<string, RunningServer>();

beforeAll(async () => {
  for (const office of offices)
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

const pages = [
  { office: "kutno", path: "/" },
  { office: "kutno", path: "/dzialy/dzial-pomocy-srodowiskowej/" },
  { office: "kutno", path: "/aktualnosci/test-bezpieczenstwa-tresci/" },
  { office: "kutno", path: "/deklaracja-dostepnosci/" },
  { office: "kutno", path: "/przyklady/" },
  { office: "krasnik", path: "/programy/pomoc-zywnosciowa/" },
  { office: "krasnik", path: "/kontakt/" },
  { office: "pruszkow", path: "/dzialy/punkt-przeciwdzialania-przemocy/" },
  {
    office: "pruszkow",
    path: "/programy/innowacyjny-miejski-osrodek-pomocy-spolecznej-w-pruszkowie/",
  },
];

describe.each(offices.map((office) => office.slug))("%s at 320 px", (slug) => {
  it("has no page wider than the screen", async () => {
    const office = offices.find((candidate) => candidate.slug === slug)!;
    const server = servers.get(slug)!;
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const file of (await listFiles(office.dir)).filter((name) => name.endsWith(".html"))) {
      await page.goto(`${server.url}${urlPathOf(file)}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) wide.push(`${file} (+${overflow} px)`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});

describe.each(pages)("$office $path", ({ office, path }) => {
  it("sets no cookie and asks no other origin", async () => {
    const server = servers.get(office)!;
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const origins = new Set<string>();
    page.on("request", (request) => origins.add(new URL(request.url()).origin));
    await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
    expect(await context.cookies()).toEqual([]);
    expect([...origins]).toEqual([server.url]);
    await context.close();
  });
});

describe("keyboard", () => {
  it("shows the skip link on the first Tab and moves focus to the main content", async () => {
    const server = servers.get("kutno")!;
    const page = await browser.newPage();
    await page.goto(`${server.url}/kontakt/`);
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tresc");
    await page.close();
  });
});
