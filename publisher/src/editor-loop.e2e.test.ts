// The editor's loop in one go, in Debian's Chromium against a real Strapi with its admin panel, the
// real preview service and the real publishing pipeline (warm Astro builds): Kutno's office editor
// enters the hours of Dział Pomocy Środowiskowej (Monday, Tuesday, Thursday and Friday
// 9:00–11:00 and 13:00–14:00, Wednesday closed) with the keyboard only, reads the summary, saves,
// opens the preview and sees the department's page with those hours, publishes, and the edit
// view's panel says "opublikowano o <time>" with the time the rebuild service recorded.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  contentApi,
  contentManager,
  enterWeekWithoutWednesday,
  type StrapiProcess,
  startStrapi,
  tabTo,
} from "@mops/cms/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { warsawTime } from "../test-support/warsaw-time.ts";
import { type Publishing, startPublishing } from "./pipeline.ts";
import type { PreviewService } from "./preview/preview-service.ts";
import { startPreview } from "./preview/start-preview.ts";
import { createLogger } from "./rebuild/log.ts";
import { reservePort } from "./reserve-port.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const schedule = "api::schedule.schedule";
const patience = { timeout: 30_000, interval: 250 };
const rebuildSecret = randomBytes(24).toString("hex");
const previewSecret = randomBytes(24).toString("hex");
const root = mkdtempSync(join(tmpdir(), "mops-editor-loop-e2e-"));
const log = createLogger({ clock: { now: Date.now }, write: () => undefined });

let cms: StrapiProcess;
let pipeline: Publishing;
let preview: PreviewService;
let browser: Browser;
let page: Page;
let documentId = "";

const lastSuccessOf = async (slug: string) => {
  const status = (await pipeline.service.status()) as {
    offices: Record<string, { lastSuccess?: { finishedAt: string } }>;
  };
  return status.offices[slug]?.lastSuccess?.finishedAt;
};

beforeAll(async () => {
  const rebuildPort = await reservePort(0, "127.0.0.1");
  const previewPort = await reservePort(0, "127.0.0.1");
  // "localhost" for the admin and the preview, as in the main job: the frame is same-site.
  const previewUrl = `http://localhost:${previewPort.port}`;
  cms = await startStrapi({
    adminPanel: true,
    timeoutMs: 900_000,
    env: {
      REBUILD_URL: `http://127.0.0.1:${rebuildPort.port}/hooks/rebuild`,
      REBUILD_SECRET: rebuildSecret,
      PREVIEW_URL: previewUrl,
      PREVIEW_SECRET: previewSecret,
    },
  });
  await rebuildPort.release();
  await previewPort.release();
  pipeline = await startPublishing({
    repoRoot,
    dataDir: join(root, "public"),
    strapiUrl: cms.url,
    strapiToken: cms.readToken,
    secret: rebuildSecret,
    rebuildPort: rebuildPort.port,
    servePort: 0,
    log,
    settings: { REBUILD_OFFICES: "kutno" },
  });
  preview = await startPreview({
    repoRoot,
    dataDir: join(root, "preview"),
    strapiUrl: cms.url,
    strapiToken: cms.readToken,
    secret: previewSecret,
    frameAncestors: [`http://localhost:${cms.port}`],
    port: previewPort.port,
    log,
  });
  const [entry] = await contentApi(cms.url, cms.readToken).all(
    "schedules",
    "filters[department][slug][$eq]=dzial-pomocy-srodowiskowej&filters[office][slug][$eq]=kutno",
  );
  documentId = entry!.documentId;
  // The editor starts from an empty week, published as such.
  const reset = await contentManager(cms.url, cms.adminToken).publish(schedule, documentId, {
    rules: [],
  });
  expect(reset.status).toBe(200);
  await pipeline.service.idle();

  browser = await chromium.launch({
    executablePath: chromePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  page = await browser.newPage({ locale: "pl-PL", viewport: { width: 1400, height: 1000 } });
  const { email, password } = cms.logins.editor("kutno");
  await page.goto(`http://localhost:${cms.port}/admin/auth/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/admin(\/)?$/);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  await pipeline?.stop();
  await cms?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe("the editor's loop: hours, preview, publish, status (keyboard only)", () => {
  it("enters the week and reads the summary as the site will show it", async () => {
    await page.goto(
      `http://localhost:${cms.port}/admin/content-manager/collection-types/${schedule}/${documentId}?plugins[i18n][locale]=pl`,
    );
    await page.waitForSelector("[data-hours-editor]");
    await enterWeekWithoutWednesday(page, [
      ["9:00", "11:00"],
      ["13:00", "14:00"],
    ]);
    await expect
      .poll(() => page.locator("[data-hours-editor] ul li").allTextContents(), patience)
      .toEqual([
        "poniedziałek – wtorek, czwartek – piątek: 9:00–11:00 i 13:00–14:00",
        "środa: nieczynne",
      ]);
  });

  it("saves and previews the department's page with the new hours", async () => {
    await tabTo(page, "Zapisz");
    await page.keyboard.press("Enter");
    await tabTo(page, "Otwórz podgląd");
    await page.keyboard.press("Enter");
    const frame = page.frameLocator('[data-testid="preview-iframe"]');
    const main = () =>
      frame
        .locator("main")
        .textContent({ timeout: 1_000 })
        .catch(() => "");
    await expect.poll(main, { timeout: 240_000, interval: 500 }).toContain("13:00–14:00");
    expect(await main()).toContain("Dział Pomocy Środowiskowej");
    // The public site still has the published, empty week.
    const live = readFileSync(
      join(root, "public", "live", "kutno", "dzialy", "dzial-pomocy-srodowiskowej", "index.html"),
      "utf8",
    );
    expect(live).not.toContain("13:00–14:00");
    await page.goBack();
  });

  it("publishes and sees when the site was rebuilt", async () => {
    const before = await lastSuccessOf("kutno");
    await page.waitForSelector("[data-hours-editor]");
    await tabTo(page, "Opublikuj");
    await page.keyboard.press("Enter");
    await expect.poll(() => lastSuccessOf("kutno"), { timeout: 240_000 }).not.toBe(before);
    await pipeline.service.idle();
    const status = () => page.getByTestId("build-status").first().textContent();
    const shows = async () => {
      const after = (await lastSuccessOf("kutno")) ?? "";
      return (await status())?.includes(`opublikowano o ${warsawTime(after)}`) ?? false;
    };
    await expect.poll(shows, patience).toBe(true);
    // The panel links the page the schedule shows on.
    const link = page.getByTestId("build-status").first().getByRole("link");
    expect(await link.getAttribute("href")).toMatch(/^https?:\/\/[^/]+\/kontakt\/$/);
  });
});
