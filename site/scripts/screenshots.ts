// Screenshots of every page type of the seed offices at 360 px (a cheap phone) and 1280 px (a
// desktop), whole pages, into docs/screenshots/: the test build (made or reused as for the tests)
// served locally and shot in Debian's Chromium with the visitor's clock fixed at the build's
// instant, so the open-now statuses are those of that instant. Each type is shown from the
// first office in OFFICE_ORDER that has it; docs/screenshots/README.md lists what is shown.
// Usage: node site/scripts/screenshots.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSiteServer, listen, type RunningServer } from "@mops/static-server";
import { chromium } from "playwright-core";
import { type SamplePage, samplePages } from "../test/page-types.ts";
import { ensureTestBuild } from "../test/test-build.ts";
import { TEST_BUILD_NOW } from "../test/test-fixtures.ts";

const OUT_DIR = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));
/** Pruszków first: the office the design was reviewed on. Kutno carries the test-only posts. */
const OFFICE_ORDER = ["pruszkow", "krasnik", "kalisz", "orzesze", "kutno"];
const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
/** What the search page is shown searching for. */
const SEARCH_QUERY = "zasiłek";

const build = await ensureTestBuild();
const offices = [...build.offices].sort(
  (a, b) => OFFICE_ORDER.indexOf(a.slug) - OFFICE_ORDER.indexOf(b.slug),
);
const servers = new Map<string, RunningServer>();
const shots: Array<SamplePage & { office: string }> = [];
for (const office of offices) {
  for (const sample of await samplePages(office.dir)) {
    if (shots.some((shot) => shot.type === sample.type)) continue;
    shots.push({ ...sample, office: office.slug });
    if (!servers.has(office.slug))
      servers.set(office.slug, await listen(createSiteServer(office.dir)));
  }
}

mkdirSync(OUT_DIR, { recursive: true });
for (const file of readdirSync(OUT_DIR).filter((name) => name.endsWith(".png"))) {
  rmSync(join(OUT_DIR, file));
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
try {
  for (const shot of shots) {
    const server = servers.get(shot.office)!;
    const query = shot.type === "search" ? `?q=${encodeURIComponent(SEARCH_QUERY)}` : "";
    const url = `${server.url}${shot.path.replace(/404\.html$/, "nie-ma-takiej-strony/")}${query}`;
    for (const viewport of WIDTHS) {
      const page = await browser.newPage({ viewport, locale: "pl-PL" });
      await page.clock.setFixedTime(new Date(TEST_BUILD_NOW));
      await page.goto(url, { waitUntil: "networkidle" });
      if (shot.type === "search") await page.locator("#search-results li").first().waitFor();
      const file = join(OUT_DIR, `${shot.type}-${viewport.width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await page.close();
      console.error(`screenshots: ${file}`);
    }
  }
} finally {
  await browser.close();
  await Promise.all([...servers.values()].map((server) => server.close()));
}

const rows = shots.map(
  (shot) =>
    `| ${shot.type} | ${shot.office} | \`${shot.path}${shot.type === "search" ? `?q=${SEARCH_QUERY}` : ""}\` | [360](${shot.type}-360.png) | [1280](${shot.type}-1280.png) |`,
);
writeFileSync(
  join(OUT_DIR, "README.md"),
  `# Screenshots

Every page type of the seed offices at 360 px and 1280 px wide, whole pages, as built for the
tests (the build's instant and the visitor's clock: ${TEST_BUILD_NOW}). Regenerate with
\`node site/scripts/screenshots.ts\` (it makes or reuses the test build, which needs PostgreSQL
no more than the site's tests do; Chromium at \`CHROME_PATH\`, default \`/usr/bin/chromium\`).

| page type | office | path | phone | desktop |
| --- | --- | --- | --- | --- |
${rows.join("\n")}
`,
);
