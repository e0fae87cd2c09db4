// The preview in the admin panel, in headless Chromium: an office editor opens "Otwórz podgląd"
// in the edit view of a draft news post, and the preview frame shows the draft as the office's
// site renders it. A real Strapi with its admin panel, the real preview service and build.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  contentApi,
  contentManager,
  type Entry,
  type StrapiProcess,
  startStrapi,
} from "@mops/cms/testing";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../rebuild/log.ts";
import { reservePort } from "../reserve-port.ts";
import type { PreviewService } from "./preview-service.ts";
import { startPreview } from "./start-preview.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const newsPost = "api::news-post.news-post";
const secret = randomBytes(24).toString("hex");
const draftWord = `roboczywpis${randomBytes(4).toString("hex")}`;
const root = mkdtempSync(join(tmpdir(), "mops-preview-admin-e2e-"));

let cms: StrapiProcess;
let preview: PreviewService;
let browser: Browser;
let postId = "";

beforeAll(async () => {
  const previewPort = await reservePort(0, "127.0.0.1");
  // "localhost" for both, as in the main job: the frame is same-site with the admin.
  const previewUrl = `http://localhost:${previewPort.port}`;
  cms = await startStrapi({
    adminPanel: true,
    timeoutMs: 600_000,
    env: { PREVIEW_URL: previewUrl, PREVIEW_SECRET: secret },
  });
  await previewPort.release();
  const adminOrigin = `http://localhost:${cms.port}`;
  preview = await startPreview({
    repoRoot,
    dataDir: join(root, "preview"),
    strapiUrl: cms.url,
    strapiToken: cms.readToken,
    secret,
    frameAncestors: [adminOrigin],
    port: previewPort.port,
    log: createLogger({ clock: { now: Date.now }, write: () => undefined }),
  });
  const offices = await contentApi(cms.url, cms.readToken).all("offices");
  const kutnoId = offices.find((office: Entry) => office.slug === "kutno")!.documentId;
  const { email, password } = cms.logins.editor("kutno");
  const editor = contentManager(cms.url, await cms.adminLogin(email, password));
  const created = await editor.create<{ data: Entry }>(newsPost, {
    office: kutnoId,
    title: `Zapowiedź ${draftWord}`,
    slug: "zapowiedz-w-podgladzie",
    date: "2026-11-23T10:00:00+01:00",
    lead: "Informacja dla mieszkańców.",
    body: `Treść robocza: ${draftWord}.`,
  });
  postId = created.body.data.documentId;
  browser = await chromium.launch({
    executablePath: chromePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  await cms?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe("preview in the admin's edit view", () => {
  it("shows an office editor their draft in the preview frame", async () => {
    const page = await browser.newPage();
    const admin = `http://localhost:${cms.port}/admin`;
    const { email, password } = cms.logins.editor("kutno");
    await page.goto(`${admin}/auth/login`);
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', password);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin(\/)?$/);
    await page.goto(
      `${admin}/content-manager/collection-types/${newsPost}/${postId}?plugins[i18n][locale]=pl`,
    );
    await page.getByRole("link", { name: "Otwórz podgląd" }).click();
    const frame = page.frameLocator('[data-testid="preview-iframe"]');
    await expect
      .poll(
        () =>
          frame
            .locator("main")
            .textContent({ timeout: 1_000 })
            .catch(() => ""),
        {
          timeout: 240_000,
          interval: 500,
        },
      )
      .toContain(draftWord);
    const src = await page.getAttribute('[data-testid="preview-iframe"]', "src");
    expect(src).toMatch(/^http:\/\/localhost:\d+\/open\?office=kutno&type=news-post&/);
    await page.close();
  });
});
