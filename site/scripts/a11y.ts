// pa11y-ci with both runners (axe and HTML_CodeSniffer, WCAG 2 AA) over every page of every
// office in the test build and of the regional portal (test/prepare-test-build.ts runs first),
// each served at the root of its own local origin. Usage: node site/scripts/a11y.ts
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createSiteServer, listen, type RunningServer } from "@mops/static-server";
import { listFiles, urlPathOf } from "../src/lib/checks/built-site.ts";
import { readTestBuild, TEST_BUILD_DIR } from "../test/test-build.ts";

const siteDir = resolve(fileURLToPath(new URL("..", import.meta.url)));
const CHROME_ARGS = [
  "--no-sandbox",
  "--headless=new",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function pa11yConfig(urls: string[], chromePath: string) {
  return {
    defaults: {
      standard: "WCAG2AA",
      runners: ["axe", "htmlcs"],
      timeout: 60_000,
      concurrency: 2,
      useIncognitoBrowserContext: false,
      chromeLaunchConfig: { executablePath: chromePath, args: CHROME_ARGS },
    },
    urls,
  };
}

const build = readTestBuild();
if (!build) {
  console.error("a11y: no test build: run node site/test/prepare-test-build.ts first");
  process.exit(2);
}
const servers: RunningServer[] = [];
let exitCode = 1;
try {
  const urls: string[] = [];
  // The regional portal is one more site of the test build, checked to the same bar.
  for (const office of [...build.offices, { dir: build.portal.dir }]) {
    const server = await listen(createSiteServer(office.dir));
    servers.push(server);
    const pages = (await listFiles(office.dir)).filter((file) => file.endsWith(".html"));
    urls.push(...pages.map((file) => `${server.url}${urlPathOf(file)}`));
  }
  const configFile = join(TEST_BUILD_DIR, "pa11y-ci.json");
  writeFileSync(
    configFile,
    JSON.stringify(pa11yConfig(urls, process.env.CHROME_PATH || "/usr/bin/chromium"), null, 2),
  );
  console.log(
    `a11y: ${urls.length} pages of ${build.offices.length} offices and the portal, axe + htmlcs, WCAG2AA`,
  );
  exitCode = await new Promise<number>((resolvePromise) => {
    const child = spawn(
      join(siteDir, "node_modules", ".bin", "pa11y-ci"),
      ["--config", configFile],
      {
        cwd: siteDir,
        stdio: "inherit",
        env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: "1" },
      },
    );
    child.on("close", (code) => resolvePromise(code ?? 1));
  });
} finally {
  await Promise.all(servers.map((server) => server.close()));
}
process.exit(exitCode);
