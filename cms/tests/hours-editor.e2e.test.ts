// The opening-hours editor in headless Chromium against a real Strapi: Kutno's office editor
// enters the hours of Dział Pomocy Środowiskowej (Monday, Tuesday, Thursday and Friday 9:00–11:00
// and 13:00–14:00, Wednesday closed) with the keyboard only, reads the summary and the "open now"
// answer, sees a bad range's Polish error tied to its field before saving, and publishes; the
// published entry in the REST API holds exactly those ranges. A summer season with its own week
// is added and published the same way. axe-core finds no violations in the editor, with and
// without an error shown. In Kraśnik's Ukrainian version the hours are shown but cannot be
// edited, and a note's translation is typed and saved without touching the Polish entry.
import { createRequire } from "node:module";
import { loadOfficeTranslations } from "@mops/shared/fixtures";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentApi, contentManager, type Entry } from "../test-support/cms-client.ts";
import { enterWeekWithoutWednesday, retype, tabTo } from "../test-support/keyboard.ts";
import { type StrapiProcess, startStrapi } from "../test-support/strapi-process.ts";

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const patience = { timeout: 20_000, interval: 250 };
const uid = "api::schedule.schedule";
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const editor = "[data-hours-editor]";

async function axeViolations(page: Page): Promise<unknown[]> {
  if (!(await page.evaluate("'axe' in window"))) await page.addScriptTag({ path: axePath });
  return page.evaluate(`axe.run(document.querySelector(${JSON.stringify(editor)})).then((result) =>
    result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) })))`);
}

const ruleShape = (rule: Record<string, unknown>) => ({
  days: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].filter(
    (day) => rule[day] === true,
  ),
  opens: rule.opens,
  closes: rule.closes,
  mode: rule.mode,
  note: rule.note ?? null,
});

describe("opening-hours editor", () => {
  let cms: StrapiProcess;
  let browser: Browser;
  let page: Page;
  let documentId: string;

  const published = async (): Promise<Entry | undefined> => {
    const entries = await contentApi(cms.url, cms.readToken).all(
      "schedules",
      "filters[department][slug][$eq]=dzial-pomocy-srodowiskowej&filters[office][slug][$eq]=kutno&populate=rules",
    );
    return entries.find((entry) => entry.documentId === documentId);
  };

  beforeAll(async () => {
    cms = await startStrapi({ adminPanel: true, timeoutMs: 900_000 });
    const [entry] = await contentApi(cms.url, cms.readToken).all(
      "schedules",
      "filters[department][slug][$eq]=dzial-pomocy-srodowiskowej&filters[office][slug][$eq]=kutno",
    );
    documentId = entry!.documentId;
    // The editor starts from an empty week, published as such.
    const reset = await contentManager(cms.url, cms.adminToken).publish(uid, documentId, {
      rules: [],
    });
    expect(reset.status).toBe(200);
    expect((await published())?.rules).toEqual([]);

    browser = await chromium.launch({
      executablePath: chromePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    // The admin's CSP allows only its own scripts; axe-core is injected by the test.
    page = await browser.newPage({
      locale: "pl-PL",
      bypassCSP: true,
      viewport: { width: 1400, height: 1000 },
    });
    const { email, password } = cms.logins.editor("kutno");
    await page.goto(`${cms.url}/admin/auth/login`);
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', password);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin(\/)?$/);
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await cms?.stop();
  });

  it("takes Kutno's hours from the keyboard and shows them as the site will", async () => {
    await page.goto(
      `${cms.url}/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=pl`,
    );
    await page.waitForSelector(editor);
    expect(await page.locator(`${editor} table`).first().textContent()).not.toContain("9:00");

    await enterWeekWithoutWednesday(page, [
      ["9:00", "11:00"],
      ["13:00", "14:00"],
    ]);

    const summary = page.locator(`${editor} ul`);
    await expect
      .poll(() => summary.locator("li").allTextContents(), patience)
      .toEqual([
        "poniedziałek – wtorek, czwartek – piątek: 9:00–11:00 i 13:00–14:00",
        "środa: nieczynne",
      ]);
    const wednesday = page.getByRole("button", { name: "śr (środa), przedział 1" });
    expect(await wednesday.getAttribute("aria-pressed")).toBe("false");

    // "Open now" for Monday 7 December 2026 at 10:00, from the shared engine.
    await tabTo(page, "Dzień");
    // A date field takes day and month in the order of the browser's interface language: a
    // probe tells which, then the segments are typed again from the first.
    await page.keyboard.type("01022026");
    const dayFirst = (await page.getByLabel("Dzień").inputValue()) === "2026-02-01";
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.type(dayFirst ? "07122026" : "12072026");
    expect(await page.getByLabel("Dzień").inputValue()).toBe("2026-12-07");
    await tabTo(page, "Godzina");
    await retype(page, "10:00");
    await expect
      .poll(() => page.locator(`${editor} [aria-live="polite"]`).textContent(), patience)
      .toBe("Wtedy: otwarte do 11:00");
  });

  it("has no axe violations in the editor", async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows a bad range's Polish error at its field before saving", async () => {
    await tabTo(page, "Do godziny, przedział 2", true);
    await retype(page, "12:00");
    const closes = page.getByRole("textbox", { name: "Do godziny, przedział 2" });
    await expect.poll(() => closes.getAttribute("aria-invalid"), patience).toBe("true");
    const describedBy = await closes.getAttribute("aria-describedby");
    const message = await page.locator(`[id="${describedBy}"]`).textContent();
    expect(message).toMatch(/^Reguła 2: /);
    expect(await page.locator(`${editor} [role="status"]`).textContent()).toBe(
      "Do poprawienia przed zapisaniem: 1.",
    );
    expect(await axeViolations(page)).toEqual([]);
    // Nothing was saved: the published entry is still the empty week.
    expect((await published())?.rules).toEqual([]);
    await retype(page, "14:00");
    await expect.poll(() => closes.getAttribute("aria-invalid"), patience).toBeNull();
  });

  it("publishes the hours the editor entered", async () => {
    await tabTo(page, "Opublikuj");
    await page.keyboard.press("Enter");
    const week = [
      { opens: "09:00:00.000", closes: "11:00:00.000" },
      { opens: "13:00:00.000", closes: "14:00:00.000" },
    ].map((range) => ({
      days: ["monday", "tuesday", "thursday", "friday"],
      ...range,
      mode: "in_person",
      note: null,
    }));
    await expect
      .poll(
        async () =>
          ((await published())?.rules as Record<string, unknown>[] | undefined)?.map(ruleShape),
        { timeout: 30_000, interval: 500 },
      )
      .toEqual(week);
  });

  it("adds a summer season with its own week from the keyboard and publishes it", async () => {
    await tabTo(page, "Dodaj okres sezonowy");
    await page.keyboard.press("Enter");
    await tabTo(page, "Nazwa okresu 1");
    await retype(page, "lipiec – sierpień");
    await tabTo(page, "Dodaj przedział godzin w okresie 1");
    await page.keyboard.press("Enter");
    await tabTo(page, "Do godziny, przedział 1, okres 1");
    await retype(page, "13:00");
    await expect
      .poll(() => page.locator(`${editor} ul li`).allTextContents(), patience)
      .toContainEqual(expect.stringMatching(/^lipiec – sierpień, .*9:00–13:00$/));

    // A day that is not a month-day shows its error at the field, before saving.
    await tabTo(page, "Od dnia (MM-DD), okres 1", true);
    await retype(page, "13-01");
    const from = page.getByRole("textbox", { name: "Od dnia (MM-DD), okres 1" });
    await expect.poll(() => from.getAttribute("aria-invalid"), patience).toBe("true");
    const message = await page
      .locator(`[id="${await from.getAttribute("aria-describedby")}"]`)
      .textContent();
    expect(message).toMatch(/\S/);
    expect(await axeViolations(page)).toEqual([]);
    await retype(page, "07-01");
    await expect.poll(() => from.getAttribute("aria-invalid"), patience).toBeNull();

    await tabTo(page, "Opublikuj");
    await page.keyboard.press("Enter");
    await expect
      .poll(
        async () =>
          (
            (await published())?.seasons as
              | { label: string; fromMonthDay: string; toMonthDay: string; rules: [] }[]
              | undefined
          )?.map((season) => ({ ...season, id: undefined, rules: season.rules.map(ruleShape) })),
        { timeout: 30_000, interval: 500 },
      )
      .toEqual([
        {
          id: undefined,
          label: "lipiec – sierpień",
          fromMonthDay: "07-01",
          toMonthDay: "08-31",
          rules: [
            {
              days: ["monday", "tuesday", "wednesday", "thursday", "friday"],
              opens: "09:00:00.000",
              closes: "13:00:00.000",
              mode: "in_person",
              note: null,
            },
          ],
        },
      ]);
  });

  it("in Ukrainian shows the hours read-only and saves a note's translation", async () => {
    const krasnik = await browser.newPage({
      locale: "pl-PL",
      bypassCSP: true,
      viewport: { width: 1400, height: 1000 },
    });
    try {
      const { email, password } = cms.logins.editor("krasnik");
      await krasnik.goto(`${cms.url}/admin/auth/login`);
      await krasnik.fill('input[name="email"]', email);
      await krasnik.fill('input[name="password"]', password);
      await krasnik.click('button[type="submit"]');
      await krasnik.waitForURL(/\/admin(\/)?$/);

      const fixture = loadOfficeTranslations("krasnik").uk!.schedules[0]!;
      const reader = contentApi(cms.url, cms.readToken);
      const [ukEntry] = await reader.all(
        "schedules",
        `filters[office][slug][$eq]=krasnik&filters[label][$eq]=${encodeURIComponent(fixture.schedule.label ?? "")}&locale=uk`,
      );
      const schedule = ukEntry!.documentId;
      const admin = (locale: string) => contentManager(cms.url, cms.adminToken, locale);
      const draft = async (locale: string) =>
        (await admin(locale).findOne<{ data: Entry }>(uid, schedule)).body.data;
      const polishBefore = await draft("pl");
      const note = (polishBefore.rules as { note: string }[])[0]!.note;

      await krasnik.goto(
        `${cms.url}/admin/content-manager/collection-types/${uid}/${schedule}?plugins[i18n][locale]=uk`,
      );
      await krasnik.waitForSelector(editor);
      expect(
        await krasnik.getByRole("textbox", { name: "Od godziny, przedział 1" }).isDisabled(),
      ).toBe(true);
      const translation = krasnik.getByRole("textbox", { name: `Tłumaczenie: ${note}` });
      expect(await translation.inputValue()).toBe(fixture.schedule.rules![0]!.note);
      expect(await axeViolations(krasnik)).toEqual([]);

      await tabTo(krasnik, `Tłumaczenie: ${note}`);
      await retype(krasnik, "тих, хто записався, приймають першими");
      await tabTo(krasnik, "Zapisz");
      await krasnik.keyboard.press("Enter");
      await expect
        .poll(
          async () => ((await draft("uk")).hoursTranslations as Record<string, string>)?.[note],
          {
            timeout: 30_000,
            interval: 500,
          },
        )
        .toBe("тих, хто записався, приймають першими");
      const polishAfter = await draft("pl");
      const withoutIds = (rules: unknown) =>
        (rules as Record<string, unknown>[]).map(({ id: _id, ...rule }) => rule);
      expect(withoutIds(polishAfter.rules)).toEqual(withoutIds(polishBefore.rules));
      expect(polishAfter.hoursTranslations ?? null).toBeNull();
    } finally {
      await krasnik.close();
    }
  });
});
