// The admin panel in headless Chromium: Polish from the login page on, and an office editor sees
// the Polish labels and help texts of the fields and only their own office's entries; the date
// and date-time pickers name their parts in Polish and store the day the editor chose.

import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PICKER_LABELS } from "../src/admin/dates/picker-labels.ts";
import { contentManager, type Entry } from "../test-support/cms-client.ts";
import { type StrapiProcess, startStrapi } from "../test-support/strapi-process.ts";

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const patience = { timeout: 20_000, interval: 250 };
/** The design system's English defaults that reach screen readers unless an input replaces them. */
const englishDefaults =
  /^(Choose date|Choose time|Month|Year|Clear|clear|(Clear|clear) (date|time))$/;

/** Every accessible name given by `aria-label` on the page. */
const ariaLabels = (page: Page): Promise<string[]> =>
  page.$$eval("[aria-label]", (elements) =>
    elements.map((e) => e.getAttribute("aria-label") ?? ""),
  );

describe("admin panel", () => {
  let cms: StrapiProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    cms = await startStrapi({ adminPanel: true, timeoutMs: 600_000 });
    browser = await chromium.launch({
      executablePath: chromePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    page = await browser.newPage({ locale: "en-US" });
  });

  afterAll(async () => {
    await browser?.close();
    await cms?.stop();
  });

  it("greets in Polish on the login page of a browser set to English", async () => {
    await page.goto(`${cms.url}/admin/auth/login`);
    await expect.poll(() => page.textContent("body"), patience).toContain("Witaj w Strapi!");
    expect(await page.getAttribute("html", "lang")).toBe("pl");
  });

  it("shows an office editor the Polish labels and help texts of their office", async () => {
    const { email, password } = cms.logins.editor("kutno");
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', password);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin(\/)?$/);
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::office.office`);
    await expect.poll(() => page.textContent("body"), patience).toContain("MOPS Kutno");
    expect(await page.textContent("body")).not.toContain("MOPS Kraśnik");
    await page.getByText("Miejski Ośrodek Pomocy Społecznej w Kutnie").first().click();
    await expect.poll(() => page.textContent("body"), patience).toContain("Pełna nazwa");
    const body = await page.textContent("body");
    expect(body).toContain("Np. „Miejski Ośrodek Pomocy Społecznej w Kutnie”.");
    // The editor list is there, but its value is hidden from the office's own editor.
    const editors = page.locator('[name="editorEmails"]');
    expect(await editors.isDisabled()).toBe(true);
    expect(await editors.getAttribute("placeholder")).toBe(
      "Brak uprawnień do wyświetlania tego pola",
    );
    expect(await editors.inputValue()).toBe("");
  });

  it("shows an office editor a dashboard whose every widget loads, and no platform totals", async () => {
    await page.goto(`${cms.url}/admin`);
    await expect.poll(() => page.textContent("body"), patience).toContain("Publikacja na stronie");
    await expect.poll(() => page.textContent("body"), patience).toContain("Ostatnio edytowane");
    const body = await page.textContent("body");
    expect(body).not.toContain("Statystyki projektu");
    expect(body).not.toContain("Nie można załadować treści widgetu");
  });

  it("names the date picker's parts in Polish and stores the day the editor chose", async () => {
    const uid = "api::programme.programme";
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${uid}`);
    await page.getByText("Klub Seniora").first().click();
    const startsOn = page.getByRole("combobox", { name: "Początek" });
    await expect.poll(() => startsOn.isVisible(), patience).toBe(true);
    await startsOn.click();
    const calendar = page.getByRole("dialog", { name: PICKER_LABELS.calendarLabel });
    await expect.poll(() => calendar.isVisible(), patience).toBe(true);
    for (const name of [PICKER_LABELS.monthSelectLabel, PICKER_LABELS.yearSelectLabel]) {
      expect(await calendar.getByRole("combobox", { name }).count(), name).toBe(1);
    }
    expect((await ariaLabels(page)).filter((label) => englishDefaults.test(label))).toEqual([]);
    // The calendar opens on today; Enter takes the focused day.
    await page.keyboard.press("Enter");
    await expect.poll(() => startsOn.inputValue(), patience).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    const shown = await startsOn.inputValue();
    await page.getByRole("button", { name: "Zapisz", exact: true }).first().click();
    const documentId = /\/([a-z0-9]{20,})(?:\?|$)/.exec(page.url())?.[1] ?? "";
    const [day, month, year] = shown.split(".");
    const stored = async () =>
      (await contentManager(cms.url, cms.adminToken).findOne<{ data: Entry }>(uid, documentId)).body
        ?.data?.startsOn;
    await expect.poll(stored, patience).toBe(`${year}-${month}-${day}`);
    await page.reload();
    await expect.poll(() => startsOn.inputValue(), patience).toBe(shown);
  });

  it("names the date-time picker's date and time in Polish", async () => {
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::news-post.news-post`);
    await page.getByText("Komunikat w sprawie obsługi interesantów").first().click();
    const date = page.getByRole("combobox", { name: PICKER_LABELS.dateLabel, exact: true });
    const time = page.getByRole("combobox", { name: PICKER_LABELS.timeLabel, exact: true });
    await expect.poll(() => date.isVisible(), patience).toBe(true);
    expect(await date.inputValue()).toBe("07.06.2021");
    expect(await time.inputValue()).toMatch(/^\d{2}:00$/);
    expect((await ariaLabels(page)).filter((label) => englishDefaults.test(label))).toEqual([]);
  });

  it("shows a super admin the project statistics", async () => {
    const context = await browser.newContext({ locale: "pl-PL" });
    const admin = await context.newPage();
    await admin.goto(`${cms.url}/admin/auth/login`);
    await admin.fill('input[name="email"]', cms.logins.admin.email);
    await admin.fill('input[name="password"]', cms.logins.admin.password);
    await admin.click('button[type="submit"]');
    await admin.waitForURL(/\/admin(\/)?$/);
    await expect.poll(() => admin.textContent("body"), patience).toContain("Statystyki projektu");
    await context.close();
  });
});
