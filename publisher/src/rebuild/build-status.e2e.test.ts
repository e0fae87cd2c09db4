// The build status where editors look, in Debian's Chromium against a real Strapi (admin panel
// built) and the real rebuild service (the tiny site build): an office editor publishes a news
// post in the edit view and its side panel goes from "buduje się" to "opublikowano o <time>"
// with the time the service recorded; the dashboard widget shows the same line for the office.
// The edit view's accessibility panel warns, in Polish, about a vague link text in the body.
import { contentManager, type StrapiProcess, startStrapi } from "@mops/cms/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { warsawTime } from "../../test-support/warsaw-time.ts";
import { createWorkspace, testSecret, type Workspace } from "../../test-support/workspace.ts";
import { parseConfig } from "./config.ts";
import { createLogger } from "./log.ts";
import { type RebuildService, startRebuildService } from "./service.ts";

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const patience = { timeout: 30_000, interval: 250 };
const newsPost = "api::news-post.news-post";

describe("build status in the admin", () => {
  let ws: Workspace;
  let service: RebuildService;
  let cms: StrapiProcess;
  let browser: Browser;
  let page: Page;
  let editorToken: string;

  const lastSuccessOf = async (slug: string) => {
    const status = (await service.status()) as {
      offices: Record<string, { lastSuccess?: { finishedAt: string } }>;
    };
    return status.offices[slug]?.lastSuccess?.finishedAt;
  };

  beforeAll(async () => {
    ws = createWorkspace("mops-build-status-e2e-");
    service = await startRebuildService(parseConfig(ws.env()), {
      log: createLogger({ clock: { now: Date.now }, write: ws.log }),
    });
    await service.idle();
    cms = await startStrapi({
      adminPanel: true,
      timeoutMs: 600_000,
      env: { REBUILD_URL: `${service.url}/hooks/rebuild`, REBUILD_SECRET: testSecret },
    });
    browser = await chromium.launch({
      executablePath: chromePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    page = await browser.newPage({ locale: "pl-PL" });
    const { email, password } = cms.logins.editor("kutno");
    editorToken = await cms.adminLogin(email, password);
    await page.goto(`${cms.url}/admin/auth/login`);
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', password);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin(\/)?$/);
  });

  afterAll(async () => {
    await browser?.close();
    await cms?.stop();
    await service?.stop();
    ws?.remove();
  });

  const statusText = () => page.getByTestId("build-status").first().textContent();

  it("shows the office's last publication on the dashboard", async () => {
    const finishedAt = await lastSuccessOf("kutno");
    expect(finishedAt).toBeDefined();
    await expect.poll(statusText, patience).toContain("opublikowano o");
    expect(await statusText()).toContain(warsawTime(finishedAt ?? ""));
  });

  it("goes from building to published with the time in the edit view after a publish", async () => {
    const editor = contentManager(cms.url, editorToken);
    const [post] = (await editor.list(newsPost)).body.results;
    if (!post) throw new Error("Kutno has no news post");
    const draft = (await editor.findOne(newsPost, post.documentId)).body.data;
    const body = `${String(draft.body)}\n\nWniosek pobierzesz [kliknij tutaj](https://example.org/wniosek).`;
    expect((await editor.update(newsPost, post.documentId, { body })).status).toBe(200);
    await service.idle();
    const before = await lastSuccessOf("kutno");
    await page.goto(
      `${cms.url}/admin/content-manager/collection-types/${newsPost}/${post.documentId}`,
    );
    const warnings = () => page.getByTestId("a11y-warnings").textContent();
    await expect.poll(warnings, patience).toContain("kliknij tutaj");
    expect(await warnings()).toContain("nie blokują zapisu ani publikacji");
    const title = page.locator('input[name="title"]');
    await title.waitFor(patience);
    ws.hold();
    await title.fill(`${await title.inputValue()} (zmienione)`);
    await page.getByRole("button", { name: "Opublikuj" }).click();

    await expect.poll(statusText, patience).toMatch(/w kolejce|buduje się/);
    ws.release();
    await expect.poll(() => lastSuccessOf("kutno"), patience).not.toBe(before);
    await service.idle();
    // The panel catches up with the service's last success (a follow-up build may come after).
    const shows = async () => {
      const after = (await lastSuccessOf("kutno")) ?? "";
      return (await statusText())?.includes(`opublikowano o ${warsawTime(after)}`) ?? false;
    };
    await expect.poll(shows, patience).toBe(true);
    const link = page.getByTestId("build-status").first().getByRole("link");
    expect(await link.getAttribute("href")).toMatch(/^https:\/\/[^/]+\/aktualnosci\/[a-z0-9-]+\/$/);
  });
});
