// The home page on a small phone (360 × 640 CSS px) in headless Chromium: the office's main
// reception (its homeOrder 1 schedule) shows its label and a phone (or the sentence saying none
// is published) within the first screen, with its status in words and today's hours when
// JavaScript runs and its week's hours (true on any day) when it does not. The same holds for
// the home pages in Ukrainian and English.
import { PHRASE_TABLES } from "@mops/shared";
import { createSiteServer, listen, type RunningServer } from "@mops/static-server";
import { type Browser, chromium, type Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { noContactNotice } from "../src/lib/models/contact-fallback.ts";
import { fixtureContent } from "./fixture-content.ts";

const SCREEN = { width: 360, height: 640 };
const build = inject("testBuild");
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Whether the element is visible and ends within the first screen (no scrolling). */
async function onFirstScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.height > 0 && box.y >= 0 && box.y + box.height <= SCREEN.height;
}

describe.each(build.offices.map((office) => office.slug))("%s home page at 360 × 640", (slug) => {
  const office = build.offices.find((candidate) => candidate.slug === slug)!;
  const content = fixtureContent(slug as Parameters<typeof fixtureContent>[0]);
  const main = content.schedules.find((schedule) => schedule.homeOrder === 1);
  let server: RunningServer;

  beforeAll(async () => {
    server = await listen(createSiteServer(office.dir));
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([{ javaScript: true }, { javaScript: false }])(
    "shows the main reception's label, hours and phone (JavaScript: $javaScript)",
    async ({ javaScript }) => {
      const context = await browser.newContext({ viewport: SCREEN, javaScriptEnabled: javaScript });
      const page = await context.newPage();
      if (javaScript) await page.clock.setFixedTime(new Date(build.buildNow));
      await page.goto(`${server.url}/`);
      if (!main) {
        // No schedule (Kalisz): the contact card says how to get in touch.
        const notice = content.office.phones.length
          ? page.locator("main a[href^='tel:']").first()
          : page.getByText(noContactNotice);
        expect(await onFirstScreen(notice)).toBe(true);
      } else {
        const place = page.locator(".open-now .place").first();
        const label = place.locator(".entries strong").first();
        const status = place.locator('[data-open-now="0"]');
        const week = place.locator(".week").first();
        expect(await label.textContent()).toBe(main.label);
        const phone = (await place.locator("a[href^='tel:']").count())
          ? place.locator("a[href^='tel:']").first()
          : place.getByText(/nie podał numeru telefonu/);
        let parts: Locator[];
        if (javaScript) {
          await expect.poll(() => status.isVisible()).toBe(true);
          expect(await status.locator("strong").textContent()).toMatch(
            /^(Otwarte|Nieczynne|Tylko telefonicznie)/,
          );
          expect(await status.locator(".today-line").textContent()).toMatch(/^Dziś \(\d+ \S+\): /);
          expect(await week.isVisible()).toBe(false);
          parts = [status.locator("strong"), status.locator(".today-line")];
        } else {
          // No build-day status in the HTML: the week's hours, true on any day.
          expect(await status.isVisible()).toBe(false);
          expect(await week.textContent()).toMatch(
            /(poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela).*: \d{1,2}:\d{2}–\d{1,2}:\d{2}/,
          );
          // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
          expect(await page.locator(".open-now").innerText()).not.toMatch(/Dziś|Otwarte|Nieczynne/);
          parts = [week];
        }
        for (const part of [label, ...parts, phone]) expect(await onFirstScreen(part)).toBe(true);
      }
      await context.close();
    },
  );

  it("fits the header on two rows with the menu one tap away", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/kontakt/`);
    const box = (selector: string) => page.locator(selector).boundingBox();
    const [wrap, name, menuLink] = await Promise.all([
      box(".site-header .wrap"),
      box(".site-name"),
      box(".menu-link"),
    ]);
    const lineHeight = await page
      .locator(".site-name")
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).lineHeight));
    // The name takes at most two rows, and nothing but the "Menu" link beside it adds one.
    expect(name!.height).toBeLessThanOrEqual(2 * lineHeight + 1);
    expect(wrap!.height).toBeLessThanOrEqual(Math.max(name!.height, menuLink!.height) + 1);
    await page.getByRole("link", { name: "Menu", exact: true }).click();
    expect(
      await page
        .locator("#menu")
        .evaluate((menu) => menu === document.activeElement || location.hash === "#menu"),
    ).toBe(true);
    expect(await onFirstScreen(page.locator("#menu a").first())).toBe(true);
    await context.close();
  });
});

describe.each(["uk", "en"] as const)("krasnik's /%s/ home page at 360 × 640", (language) => {
  const office = build.offices.find((candidate) => candidate.slug === "krasnik")!;
  let server: RunningServer;

  beforeAll(async () => {
    server = await listen(createSiteServer(office.dir));
  });
  afterAll(async () => {
    await server?.close();
  });

  it("shows the main reception's label, status in the language's words and phone", async () => {
    const context = await browser.newContext({ viewport: SCREEN });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(build.buildNow));
    await page.goto(`${server.url}/${language}/`);
    const place = page.locator(".open-now .place").first();
    const label = place.locator(".entries strong").first();
    const status = place.locator('[data-open-now="0"]');
    await expect.poll(() => status.isVisible()).toBe(true);
    const heads = Object.values(PHRASE_TABLES[language].heads);
    const head = (await status.locator("strong").textContent()) ?? "";
    expect(
      heads.some((word) => head.startsWith(word)),
      head,
    ).toBe(true);
    const phone = place.locator("a[href^='tel:']").first();
    for (const part of [label, status.locator("strong"), phone]) {
      expect(await onFirstScreen(part)).toBe(true);
    }
    await context.close();
  });
});
