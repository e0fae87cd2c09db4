// The open-now island in headless Chromium with a fixed clock: the status it writes follows the
// visitor's time (also long after the build), and without JavaScript the table link remains.

import { createSiteServer, listen, type RunningServer } from "@mops/static-server";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const PAGE = "/dzialy/dzial-pomocy-srodowiskowej/";
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

async function statusAt(instant: string, path = PAGE) {
  const context = await browser.newContext({ timezoneId: "America/New_York", locale: "en-US" });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(`${server.url}${path}`);
  const status = page.locator('[data-open-now="0"]');
  await expect.poll(() => status.textContent()).not.toBe("");
  const result = {
    text: (await status.textContent())?.trim(),
    className: await status.getAttribute("class"),
    fallbackHidden: await page.locator("[data-open-now-fallback]").first().isHidden(),
  };
  await context.close();
  return result;
}

describe("open-now island, Dział Pomocy Środowiskowej in Kutno", () => {
  it.each([
    {
      when: "Monday 10:00, open by appointment",
      instant: "2026-11-23T10:00:00+01:00",
      text: "po wcześniejszym umówieniu do 11:00",
      open: true,
    },
    {
      when: "Monday 12:00, between the two ranges",
      instant: "2026-11-23T12:00:00+01:00",
      text: "nieczynne – otwarcie dziś o 13:00 (po wcześniejszym umówieniu)",
      open: false,
    },
    {
      when: "Wednesday, the day without reception",
      instant: "2026-11-25T10:00:00+01:00",
      text: "dziś nieczynne – otwarcie jutro o 9:00 (po wcześniejszym umówieniu)",
      open: false,
    },
    {
      when: "Christmas Day, a public holiday on a Friday",
      instant: "2026-12-25T10:00:00+01:00",
      text: "dziś nieczynne (święto) – otwarcie w poniedziałek o 9:00 (po wcześniejszym umówieniu)",
      open: false,
    },
    {
      when: "months after the build, in summer time",
      instant: "2027-06-04T13:30:00+02:00",
      text: "po wcześniejszym umówieniu do 14:00",
      open: true,
    },
  ])("$when", async ({ instant, text, open }) => {
    const status = await statusAt(instant);
    expect(status.text).toBe(text);
    expect(status.className).toBe(open ? "status-open" : "status-closed");
    expect(status.fallbackHidden).toBe(true);
  });

  it("shows the same status on the home page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date("2026-11-23T10:00:00+01:00"));
    await page.goto(`${server.url}/`);
    const entry = page.locator(".open-now li", { hasText: "Dział Pomocy Środowiskowej" }).first();
    await expect
      .poll(() => entry.locator("[data-open-now]").textContent())
      .toBe("po wcześniejszym umówieniu do 11:00");
    await context.close();
  });

  it("keeps the link to the weekly table without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${PAGE}`);
    expect(await page.locator('[data-open-now="0"]').textContent()).toBe("");
    const fallback = page.locator("[data-open-now-fallback]").first();
    expect(await fallback.isVisible()).toBe(true);
    const href = await fallback.getAttribute("href");
    const id = href?.split("#")[1] ?? "";
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    expect(await page.locator("table").first().isVisible()).toBe(true);
    await context.close();
  });
});

describe("today's row in the weekly table, Dział Pomocy Środowiskowej in Kutno", () => {
  /** The day (Date#getUTCDay) and text of the rows marked as today, as the visitor sees them. */
  async function markedAt(instant: string | undefined) {
    const context = await browser.newContext({ javaScriptEnabled: instant !== undefined });
    const page = await context.newPage();
    if (instant) await page.clock.setFixedTime(new Date(instant));
    await page.goto(`${server.url}${PAGE}`);
    if (instant)
      await expect.poll(() => page.locator('[data-open-now="0"]').textContent()).not.toBe("");
    const rows = page.locator('tr[aria-current="date"]');
    const marked = {
      days: await rows.evaluateAll((found) =>
        found.map((row) => row.getAttribute("data-hours-day")),
      ),
      words: await page.locator("tr .today").allTextContents(),
    };
    await context.close();
    return marked;
  }

  it.each([
    // The test build's instant is Monday 2026-11-23: without JavaScript the build's mark stays.
    { when: "without JavaScript", instant: undefined, day: "1" },
    { when: "on the build's Monday", instant: "2026-11-23T10:00:00+01:00", day: "1" },
    { when: "on a later Thursday", instant: "2026-11-26T10:00:00+01:00", day: "4" },
    { when: "on a Sunday a year later", instant: "2027-11-28T23:30:00+01:00", day: "0" },
  ])("marks one row $when", async ({ instant, day }) => {
    expect(await markedAt(instant)).toEqual({ days: [day], words: ["dziś"] });
  });
});
