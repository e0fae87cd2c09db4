// Screenshots of the editor guide (docs/editor-guide.md) from the real admin panel, into
// docs/editor-guide/: a seeded CMS with its admin panel (built once per source state, as for the
// tests), the rebuild service (with the tests' tiny site build) and the real preview service, shot
// in Debian's Chromium at 1280×800 as Kutno's office editor. Each shot is cropped to the part of
// the screen the guide talks about.
// Usage: node publisher/scripts/editor-guide-screenshots.ts
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { setTimeout as pause } from "node:timers/promises";
import {
  adminApi,
  contentApi,
  contentManager,
  type Entry,
  fileForm,
  startStrapi,
  tinyPdf,
} from "@mops/cms/testing";
import { chromium, type Locator, type Page } from "playwright-core";
import { startPreview } from "../src/preview/start-preview.ts";
import { parseConfig } from "../src/rebuild/config.ts";
import { createLogger } from "../src/rebuild/log.ts";
import { startRebuildService } from "../src/rebuild/service.ts";
import { reservePort } from "../src/reserve-port.ts";
import { createWorkspace, testSecret } from "../test-support/workspace.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const outDir = join(repoRoot, "docs/editor-guide");
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const newsPost = "api::news-post.news-post";
const schedule = "api::schedule.schedule";
const patience = { timeout: 240_000 };
const quiet = createLogger({ clock: { now: Date.now }, write: () => undefined });

mkdirSync(outDir, { recursive: true });
const ws = createWorkspace("mops-editor-guide-");
const secret = randomBytes(24).toString("hex");
const rebuild = await startRebuildService(parseConfig(ws.env()), { log: quiet });
await rebuild.idle();
const previewPort = await reservePort(0, "127.0.0.1");
const previewUrl = `http://localhost:${previewPort.port}`;
const cms = await startStrapi({
  adminPanel: true,
  timeoutMs: 900_000,
  env: {
    REBUILD_URL: `${rebuild.url}/hooks/rebuild`,
    REBUILD_SECRET: testSecret,
    PREVIEW_URL: previewUrl,
    PREVIEW_SECRET: secret,
  },
});
await previewPort.release();
const preview = await startPreview({
  repoRoot,
  dataDir: join(ws.root, "preview"),
  strapiUrl: cms.url,
  strapiToken: cms.readToken,
  secret,
  frameAncestors: [`http://localhost:${cms.port}`],
  port: previewPort.port,
  log: quiet,
});
const browser = await chromium.launch({
  executablePath: chromePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=pl-PL"],
});

/** Space kept around a cropped area, in CSS pixels. */
const margin = { above: 24, below: 140 };

/**
 * Saves docs/editor-guide/<name>.png: the 1280×800 screen, or the strip of it from `from` to `to`
 * (`extraBelow` pixels more below; full width unless `columns` says), scrolled into view.
 */
async function shoot(
  page: Page,
  name: string,
  from?: Locator,
  to: Locator | undefined = from,
  extraBelow = 0,
  columns = { x: 0, width: 1280 },
) {
  const path = join(outDir, `${name}.png`);
  if (from && to) {
    await from.evaluate((element) => element.scrollIntoView({ block: "start" }));
    const top = await from.boundingBox();
    const bottom = await to.boundingBox();
    if (!top || !bottom) throw new Error(`${name}: the area to shoot is not on the screen`);
    const y = Math.max(0, top.y - margin.above);
    const height = Math.min(800 - y, bottom.y + bottom.height + margin.below + extraBelow - y);
    await page.screenshot({ path, animations: "disabled", clip: { ...columns, y, height } });
  } else {
    await page.screenshot({ path, animations: "disabled" });
  }
  console.log(`docs/editor-guide/${name}.png`);
}

try {
  const admin = `http://localhost:${cms.port}/admin`;
  const { email, password } = cms.logins.editor("kutno");
  const token = await cms.adminLogin(email, password);
  const editor = contentManager(cms.url, token);
  const reader = contentApi(cms.url, cms.readToken);

  // A news post with a PDF, saved as a draft, for the publishing steps.
  const [pdf] = (
    await adminApi(cms.url, token).post<{ id: number }[]>(
      "/upload",
      fileForm("regulamin-zbiorki.pdf", tinyPdf),
    )
  ).body;
  const draft = await editor.create<{ data: Entry }>(newsPost, {
    title: "Zbiórka żywności przed świętami",
    date: "2026-12-03T10:00:00+01:00",
    lead: "Od 14 do 18 grudnia zbieramy żywność dla rodzin z Kutna.",
    body: "Dary przyjmujemy w siedzibie ośrodka w godzinach pracy.\n\nRegulamin zbiórki jest w załączniku.",
    attachments: [{ title: "Regulamin zbiórki (PDF)", file: pdf?.id }],
  });
  const postId = draft.body.data.documentId;

  const page = await browser.newPage({
    locale: "pl-PL",
    viewport: { width: 1280, height: 800 },
  });

  // 1. Logging in.
  await page.goto(`${admin}/auth/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', "••••••••••••");
  await shoot(page, "01-logowanie");
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/admin(\/)?$/);
  // The media library's news banner is not part of an editor's work.
  await page.getByRole("button", { name: "Zamknij komunikat" }).click();
  const widget = page.getByTestId("build-status").first();
  await widget.filter({ hasText: "opublikowano o" }).waitFor(patience);
  // The widget's card in the dashboard's right-hand column.
  await shoot(page, "02-pulpit", page.getByText("Publikacja na stronie").first(), widget, 40, {
    x: 660,
    width: 600,
  });

  // 2. Opening hours of Dział Pomocy Środowiskowej.
  const [hours] = await reader.all(
    "schedules",
    "filters[department][slug][$eq]=dzial-pomocy-srodowiskowej&filters[office][slug][$eq]=kutno",
  );
  await page.goto(
    `${admin}/content-manager/collection-types/${schedule}/${hours?.documentId}?plugins[i18n][locale]=pl`,
  );
  const hoursEditor = page.locator("[data-hours-editor]");
  await hoursEditor.waitFor(patience);
  await shoot(
    page,
    "03-godziny",
    page.getByText("Godziny w tygodniu").first(),
    page.getByRole("button", { name: "Dodaj przedział godzin" }),
  );

  // 3. A closure: "urlop" over Christmas Eve.
  await page.getByRole("button", { name: "Dodaj wyjątek" }).click();
  await page.getByLabel("Od dnia, wyjątek 1").fill("2026-12-24");
  await page.getByLabel("Do dnia, wyjątek 1").fill("2026-12-24");
  await page.getByLabel("Powód, wyjątek 1").fill("urlop");
  await shoot(
    page,
    "04-wyjatek",
    page.getByText(/^Wyjątki:/).first(),
    page.getByText("24 grudnia 2026: nieczynne (urlop)").first(),
  );

  // 4. Publishing the news post with its PDF.
  await page.goto(
    `${admin}/content-manager/collection-types/${newsPost}/${postId}?plugins[i18n][locale]=pl`,
  );
  const publish = page.getByRole("button", { name: "Opublikuj" });
  await publish.waitFor(patience);
  await shoot(page, "05-wpis");
  // The attachments field and its entry below the label (the label counts them: "Załączniki (1)").
  await shoot(page, "05-zalacznik", page.getByText(/^Załączniki/).first(), undefined, 100);
  const clicked = new Date().toISOString();
  await publish.click();

  // 5. The build status in the edit view, once the build of this publication has finished.
  let finishedAt = "";
  while (finishedAt <= clicked) {
    await pause(200); // the CMS notifies the rebuild service after its write
    await rebuild.idle();
    const state = (await rebuild.status()) as {
      offices: Record<string, { lastSuccess?: { finishedAt: string } }>;
    };
    finishedAt = state.offices.kutno?.lastSuccess?.finishedAt ?? "";
  }
  const shownTime = new Intl.DateTimeFormat("pl-PL", {
    timeZone: "Europe/Warsaw",
    hour: "numeric",
    minute: "2-digit",
    second: "2-digit",
  }).format(new Date(finishedAt));
  const status = page.getByTestId("build-status").first();
  await status.filter({ hasText: `opublikowano o ${shownTime}` }).waitFor(patience);
  await page.evaluate("window.scrollTo(0, 0)");
  await shoot(page, "06-status");

  // 6. The preview.
  await page.getByRole("link", { name: "Otwórz podgląd" }).click();
  await page
    .frameLocator('[data-testid="preview-iframe"]')
    .locator("main")
    .filter({ hasText: "Zbiórka żywności przed świętami" })
    .waitFor(patience);
  await shoot(page, "07-podglad");

  // 7. The Ukrainian translation.
  await page.goto(
    `${admin}/content-manager/collection-types/${newsPost}/${postId}?plugins[i18n][locale]=uk`,
  );
  await page.locator('input[name="title"]').waitFor(patience);
  await page.getByText("ukraiński (uk)").first().waitFor(patience);
  await shoot(page, "08-tlumaczenie");
} finally {
  await browser.close();
  await preview.stop();
  await cms.stop();
  await rebuild.stop();
  ws.remove();
}
