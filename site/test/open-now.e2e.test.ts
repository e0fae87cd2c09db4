// The open-now island in headless Chromium with a fixed clock: the status it writes follows the
// visitor's time (also long after the build), and so does today's row in the hours tables;
// without JavaScript the page shows each schedule's week and marks no day (it was built on one).

import { PHRASE_TABLES } from "@mops/shared";
import { createSiteServer, listen, type RunningServer } from "@mops/static-server";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TEST_SERVICE_STATUS } from "./test-fixtures.ts";

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

/** Today's line of Dział Pomocy Środowiskowej (9:00–11:00 and 13:00–14:00 by appointment, Wednesdays closed). */
function todayOf(instant: string): string {
  const date = new Date(instant);
  const day = new Intl.DateTimeFormat("pl-PL", {
    day: "numeric",
    month: "long",
    timeZone: "Europe/Warsaw",
  }).format(date);
  const weekday = new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    timeZone: "Europe/Warsaw",
  }).format(date);
  const holiday = instant.startsWith("2026-12-25");
  const hours =
    weekday === "Wed" || weekday === "Sat" || weekday === "Sun" || holiday
      ? "nieczynne"
      : "9:00–11:00 (po wcześniejszym umówieniu), 13:00–14:00 (po wcześniejszym umówieniu)";
  return `Dziś (${day}): ${hours}`;
}

async function statusAt(instant: string, path = PAGE) {
  const context = await browser.newContext({ timezoneId: "America/New_York", locale: "en-US" });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(`${server.url}${path}`);
  const status = page.locator('[data-open-now="0"]');
  // The island has run when today's line names the visitor's date, not the build's.
  await expect.poll(() => status.locator(".today-line").textContent()).toBe(todayOf(instant));
  const result = {
    text: [
      await status.locator("strong").textContent(),
      await status.locator("span").first().textContent(),
    ].join(""),
    className: await status.getAttribute("class"),
  };
  await context.close();
  return result;
}

/**
 * The first open-now entry's status line and today's line, once the island has written them for
 * `instant` (its today's line names that day in Warsaw, in the page's language).
 */
async function firstStatusLines(page: Page, language: "uk" | "en", instant: string) {
  const status = page.locator('[data-open-now="0"]');
  const day = new Intl.DateTimeFormat(language === "en" ? "en-GB" : "uk", {
    day: "numeric",
    month: "long",
    timeZone: "Europe/Warsaw",
  }).format(new Date(instant));
  await expect.poll(() => status.locator(".today-line").textContent()).toContain(`(${day})`);
  return {
    status: [
      await status.locator("strong").textContent(),
      await status.locator("span").first().textContent(),
    ].join(""),
    today: await status.locator(".today-line").textContent(),
  };
}

describe("open-now island, Dział Pomocy Środowiskowej in Kutno", () => {
  it.each([
    {
      when: "Monday 10:00, open by appointment",
      instant: "2026-11-23T10:00:00+01:00",
      text: "Otwarte po wcześniejszym umówieniu do 11:00",
      open: true,
    },
    {
      when: "Monday 12:00, between the two ranges",
      instant: "2026-11-23T12:00:00+01:00",
      text: "Nieczynne – otwarcie dziś o 13:00 (po wcześniejszym umówieniu)",
      open: false,
    },
    {
      when: "Wednesday, the day without reception",
      instant: "2026-11-25T10:00:00+01:00",
      text: "Nieczynne dziś – otwarcie jutro o 9:00 (po wcześniejszym umówieniu)",
      open: false,
    },
    {
      when: "Christmas Day, a public holiday on a Friday",
      instant: "2026-12-25T10:00:00+01:00",
      text: "Nieczynne dziś (święto) – otwarcie w poniedziałek o 9:00 (po wcześniejszym umówieniu)",
      open: false,
    },
    {
      when: "months after the build, in summer time",
      instant: "2027-06-04T13:30:00+02:00",
      text: "Otwarte po wcześniejszym umówieniu do 14:00",
      open: true,
    },
  ])("$when", async ({ instant, text, open }) => {
    const status = await statusAt(instant);
    expect(status.text).toBe(text);
    expect(status.className).toBe(open ? "status-open" : "status-closed");
  });

  it("shows the same status on the home page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date("2026-11-23T10:00:00+01:00"));
    await page.goto(`${server.url}/`);
    const place = page.locator(".place", { hasText: "Dział Pomocy Środowiskowej" }).first();
    await expect
      .poll(() => place.locator("[data-open-now] > span").first().textContent())
      .toBe(" do 11:00");
    expect(await place.locator("[data-open-now] strong").textContent()).toBe(
      "Otwarte po wcześniejszym umówieniu",
    );
    await context.close();
  });

  it("shows the week without JavaScript, no status, no day marked and no fallback links", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${PAGE}`);
    const status = page.locator('[data-open-now="0"]');
    expect(await status.isVisible()).toBe(false);
    // The rendered text: hidden parts left out, <br> as a line break.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
    expect(await page.locator(".open-now .week").first().innerText()).toBe(
      "poniedziałek – wtorek, czwartek – piątek: 9:00–11:00 i 13:00–14:00 (po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym z pracownikiem socjalnym)\nśroda: nieczynne",
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
    expect(await page.locator("main").innerText()).not.toMatch(/Dziś|dziś|Otwarte|Nieczynne/);
    expect(await page.locator('tr[aria-current="date"]').count()).toBe(0);
    expect(await page.locator(".today:visible").count()).toBe(0);
    expect(await page.getByRole("link", { name: "godziny przyjęć" }).count()).toBe(0);
    expect(await page.locator("table").first().isVisible()).toBe(true);
    await context.close();
  });
});

describe("open-now island in the language of the phrase table its page hands it", () => {
  const DATA = /(<script[^>]*id="open-now-data"[^>]*>)([^<]*)(<\/script>)/;

  /** The status line and today's line at `instant`, the page handing the island `language`'s table. */
  async function linesIn(language: "uk" | "en", instant: string) {
    const context = await browser.newContext({ timezoneId: "America/New_York" });
    const page = await context.newPage();
    await page.route(`${server.url}${PAGE}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        DATA,
        (_all, open: string, json: string, close: string) => {
          const data = { ...JSON.parse(json), phrases: PHRASE_TABLES[language] };
          return `${open}${JSON.stringify(data).replaceAll("<", "\\u003c")}${close}`;
        },
      );
      await route.fulfill({ response, body: html });
    });
    await page.clock.setFixedTime(new Date(instant));
    await page.goto(`${server.url}${PAGE}`);
    const lines = await firstStatusLines(page, language, instant);
    await context.close();
    return lines;
  }

  it.each([
    {
      language: "uk",
      instant: "2026-11-23T10:00:00+01:00",
      status: "Відчинено за попереднім записом до 11:00",
      today:
        "Сьогодні (23 листопада): 09:00–11:00 (за попереднім записом), 13:00–14:00 (за попереднім записом)",
    },
    {
      language: "uk",
      instant: "2026-12-25T10:00:00+01:00",
      status: "Зачинено сьогодні (свято) – відчиниться в понеділок о 09:00 (за попереднім записом)",
      today: "Сьогодні (25 грудня): зачинено",
    },
    {
      language: "en",
      instant: "2026-11-23T10:00:00+01:00",
      status: "Open by appointment only until 11:00",
      today:
        "Today (23 November): 09:00–11:00 (by appointment only), 13:00–14:00 (by appointment only)",
    },
    {
      language: "en",
      instant: "2026-11-25T10:00:00+01:00",
      status: "Closed today – opens tomorrow at 09:00 (by appointment only)",
      today: "Today (25 November): closed",
    },
  ] as const)("$language at $instant", async ({ language, instant, status, today }) => {
    expect(await linesIn(language, instant)).toEqual({ status, today });
  });
});

describe("open-now island on Kraśnik's real /uk/ and /en/ home pages", () => {
  const krasnik = inject("testBuild").offices.find((office) => office.slug === "krasnik")!;
  let own: RunningServer;
  beforeAll(async () => {
    own = await listen(createSiteServer(krasnik.dir));
  });
  afterAll(async () => {
    await own?.close();
  });

  /** The status and today's line of the office's social-assistance hours (Mon–Fri 7:00–15:00). */
  async function officeLinesAt(language: "uk" | "en", instant: string) {
    const context = await browser.newContext({ timezoneId: "America/New_York" });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(instant));
    await page.goto(`${own.url}/${language}/`);
    const lines = await firstStatusLines(page, language, instant);
    await context.close();
    return lines;
  }

  it.each([
    {
      language: "uk",
      instant: "2026-11-23T10:00:00+01:00",
      status: "Відчинено до 15:00",
      today: "Сьогодні (23 листопада): 07:00–15:00",
    },
    {
      language: "uk",
      instant: "2026-11-28T10:00:00+01:00",
      status: "Зачинено сьогодні – відчиниться в понеділок о 07:00",
      today: "Сьогодні (28 листопада): зачинено",
    },
    {
      language: "en",
      instant: "2026-11-23T16:00:00+01:00",
      status: "Closed – opens tomorrow at 07:00",
      today: "Today (23 November): 07:00–15:00",
    },
    {
      language: "en",
      instant: "2026-12-25T10:00:00+01:00",
      status: "Closed today (public holiday) – opens on Monday at 07:00",
      today: "Today (25 December): closed",
    },
  ] as const)("/$language/ at $instant", async ({ language, instant, status, today }) => {
    expect(await officeLinesAt(language, instant)).toEqual({ status, today });
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
      await expect
        .poll(() => page.locator('[data-open-now="0"] .today-line').textContent())
        .toBe(todayOf(instant));
    const rows = page.locator('tr[aria-current="date"]');
    const marked = {
      days: await rows.evaluateAll((found) =>
        found.map((row) => row.getAttribute("data-hours-day")),
      ),
      // The word as shown (the HTML holds it hidden outside the rows) and its row's header.
      words: await page.locator("tr .today:visible").allTextContents(),
      headers: await rows.locator("th").allTextContents(),
    };
    await context.close();
    return marked;
  }

  it("marks no row without JavaScript (the HTML does not depend on the build day)", async () => {
    expect(await markedAt(undefined)).toEqual({ days: [], words: [], headers: [] });
  });

  it.each([
    {
      when: "on the build's Monday",
      instant: "2026-11-23T10:00:00+01:00",
      day: "1",
      name: "poniedziałek",
    },
    {
      when: "on a later Thursday",
      instant: "2026-11-26T10:00:00+01:00",
      day: "4",
      name: "czwartek",
    },
    {
      when: "on a Sunday a year later",
      instant: "2027-11-28T23:30:00+01:00",
      day: "0",
      name: "niedziela",
    },
  ])("marks one row $when", async ({ instant, day, name }) => {
    expect(await markedAt(instant)).toEqual({
      days: [day],
      words: ["dziś"],
      headers: [`${name} dziś`],
    });
  });
});

describe("a department's limited service status (test fixture: until 30 November 2026)", () => {
  const DEPARTMENT = `/dzialy/${TEST_SERVICE_STATUS.department}/`;

  /** Whether the notice is visible once the island has run at `instant` (or without JavaScript). */
  async function noticeShownAt(instant: string | undefined, path: string) {
    const context = await browser.newContext({ javaScriptEnabled: instant !== undefined });
    const page = await context.newPage();
    if (instant) await page.clock.setFixedTime(new Date(instant));
    await page.goto(`${server.url}${path}`);
    if (instant) {
      const day = new Intl.DateTimeFormat("pl-PL", {
        day: "numeric",
        month: "long",
        timeZone: "Europe/Warsaw",
      }).format(new Date(instant));
      // The island has run when today's line names the visitor's date, not the build's.
      await expect
        .poll(() => page.locator('[data-open-now="0"] .today-line').textContent())
        .toMatch(new RegExp(`^Dziś \\(${day}\\)`));
    }
    const notice = page.locator(".service-status");
    const shown = {
      count: await notice.count(),
      visible: await notice.isVisible(),
      text: (await notice.textContent())?.replace(/\s+/g, " ").trim(),
    };
    await context.close();
    return shown;
  }

  it.each([
    { path: DEPARTMENT, instant: undefined, visible: true },
    { path: DEPARTMENT, instant: "2026-11-30T23:59:00+01:00", visible: true },
    { path: DEPARTMENT, instant: "2026-12-01T00:00:00+01:00", visible: false },
    { path: "/", instant: "2026-11-30T12:00:00+01:00", visible: true },
    { path: "/", instant: "2027-02-01T12:00:00+01:00", visible: false },
  ])("on $path at $instant: visible $visible", async ({ path, instant, visible }) => {
    const shown = await noticeShownAt(instant, path);
    expect(shown.count).toBe(1);
    expect(shown.visible).toBe(visible);
    expect(shown.text).toBe(
      `Dział działa w ograniczonym zakresie do 30 listopada 2026. Powód: ${TEST_SERVICE_STATUS.serviceStatusReason}`,
    );
  });
});
