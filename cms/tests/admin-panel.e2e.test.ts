// The admin panel in headless Chromium: Polish from the login page on, and an office editor sees
// the Polish labels and help texts of the fields and only their own office's entries.

import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StrapiProcess, startStrapi } from "../test-support/strapi-process.ts";

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const patience = { timeout: 20_000, interval: 250 };

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
});
