// An uploaded page, SVG or script, had it reached the uploads folder, runs nothing in real
// Chromium while a super admin is logged in to the admin panel on the same origin: it downloads
// instead of opening, or opens sandboxed as the image or PDF it claims to be, and no request for
// the admin's access token leaves the page. The same page served without those headers does run
// (the control), so the payload is live.
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileFiles, hostilePayloadMarker } from "../test-support/sample-files.ts";
import { type StrapiProcess, startStrapi } from "../test-support/strapi-process.ts";

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

describe("hostile files in the browser of a logged-in super admin", () => {
  let cms: StrapiProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let plain: Server;
  const tokenRequests: string[] = [];

  beforeAll(async () => {
    cms = await startStrapi({ adminPanel: true, timeoutMs: 900_000 });
    for (const [name, contents] of Object.entries(hostileFiles)) {
      writeFileSync(path.join(cms.publicDir, "uploads", name), contents);
    }
    plain = createServer((request, response) => {
      const name = (request.url ?? "").slice(1) as keyof typeof hostileFiles;
      response.writeHead(200, {
        "content-type": name.endsWith(".js") ? "text/javascript" : "text/html",
      });
      response.end(hostileFiles[name] ?? "");
    });
    await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
    browser = await chromium.launch({
      executablePath: chromePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
    context.on("request", (request) => {
      if (request.url().includes("/admin/access-token")) tokenRequests.push(request.url());
    });
    await page.goto(`${cms.url}/admin/auth/login`);
    await page.fill('input[name="email"]', cms.logins.admin.email);
    await page.fill('input[name="password"]', cms.logins.admin.password);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin(\/)?$/);
    tokenRequests.length = 0;
  }, 900_000);

  afterAll(async () => {
    plain?.close();
    await browser?.close();
    await cms?.stop();
  });

  it("control: the page served without protection runs its script", async () => {
    const { port } = plain.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/strona.html`);
    await page.waitForFunction(
      `document.title.startsWith(${JSON.stringify(hostilePayloadMarker)})`,
    );
    tokenRequests.length = 0;
  });

  it.each(Object.keys(hostileFiles))("%s from the uploads folder runs nothing", async (name) => {
    await page.goto("about:blank");
    const download = page.waitForEvent("download").then(() => "download" as const);
    const opened = page.goto(`${cms.url}/uploads/${name}`).then(
      () => "opened" as const,
      (error: Error) =>
        error.message.includes("Download is starting") ? download : Promise.reject(error),
    );
    const outcome = await opened;
    if (outcome === "opened") {
      // Shown as what it claims to be, never as a page.
      expect(["image/png", "application/pdf"]).toContain(
        await page.evaluate("document.contentType"),
      );
    } else {
      expect([".html", ".svg", ".js", ".txt"]).toContain(path.extname(name));
    }
    expect(await page.title()).not.toContain(hostilePayloadMarker);
    expect(tokenRequests).toEqual([]);
  });
});
