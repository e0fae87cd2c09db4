// The five seed offices built once per test run and shared by the integration checks, pa11y-ci
// and the browser tests: built with the real driver against a real seeded CMS, into
// site/.tmp/test-build/, and reused while no source that shapes them changed.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type CmsProcess, startCms } from "@mops/cms/launcher";
import { codeFingerprint } from "../scripts/lib/code-fingerprint.ts";
import { TEST_BUILD_NOW, writeTestFixtures } from "./test-fixtures.ts";

export const SITE_DIR = fileURLToPath(new URL("..", import.meta.url));
const REPO_DIR = resolve(SITE_DIR, "..");
export const TEST_BUILD_DIR = join(SITE_DIR, ".tmp", "test-build");
const MANIFEST = join(TEST_BUILD_DIR, "manifest.json");

export class TestBuildError extends Error {
  override name = "TestBuildError";
}

export interface BuiltOffice {
  slug: string;
  siteUrl: string;
  dir: string;
}

export interface TestBuild {
  key: string;
  buildNow: string;
  offices: BuiltOffice[];
  /** The regional portal built from the same CMS (site/scripts/build-portal.ts). */
  portal: { siteUrl: string; dir: string };
}

/** The portal's origin in the test build (its own host, as in the main job). */
export const TEST_PORTAL_URL = "http://region.localhost:4321/";

/** Everything a test build depends on. */
export function testBuildKey(): Promise<string> {
  return codeFingerprint(REPO_DIR, [
    "site/src",
    "site/scripts",
    "site/test",
    "site/astro.config.ts",
    "site/package.json",
    "shared/src",
    "shared/fixtures",
    "cms/src",
    "cms/config",
    "cms/package.json",
    "pnpm-lock.yaml",
  ]);
}

/** The build on disk; with `key`, only when it was made from the same sources. */
export function readTestBuild(key?: string): TestBuild | undefined {
  if (!existsSync(MANIFEST)) return undefined;
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as TestBuild;
  if (key !== undefined && manifest.key !== key) return undefined;
  return manifest.portal &&
    existsSync(join(manifest.portal.dir, "index.html")) &&
    manifest.offices.every((office) => existsSync(join(office.dir, "index.html")))
    ? manifest
    : undefined;
}

function runDriver(
  args: string[],
  token: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(
      process.execPath,
      [join(SITE_DIR, "scripts", "build-offices.ts"), ...args],
      {
        cwd: REPO_DIR,
        env: { ...process.env, STRAPI_TOKEN: token },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      process.stderr.write(chunk);
    });
    child.on("close", (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
  });
}

/** Builds the five offices from `cms` into the test build directory. */
export async function buildTestOffices(
  cms: Pick<CmsProcess, "url" | "readToken">,
  key: string,
): Promise<TestBuild> {
  const sitesDir = join(TEST_BUILD_DIR, "sites");
  const { code, stdout, stderr } = await runDriver(
    [
      "--out",
      sitesDir,
      "--cache",
      join(TEST_BUILD_DIR, "cache"),
      "--now",
      TEST_BUILD_NOW,
      "--strapi-url",
      cms.url,
      "--with-examples",
      "--quiet",
      "--json",
    ],
    cms.readToken,
  );
  if (code !== 0)
    throw new TestBuildError(`build-offices exited with ${code}: ${stderr.slice(-2000)}`);
  const offices = await listOfficeTargets(cms);
  const { buildPortal } = await import("../scripts/build-portal.ts");
  const portal = await buildPortal({
    outDir: join(TEST_BUILD_DIR, "portal"),
    portalUrl: TEST_PORTAL_URL,
    strapiUrl: cms.url,
    token: cms.readToken,
    buildNow: TEST_BUILD_NOW,
    cacheDir: join(TEST_BUILD_DIR, "cache", "portal"),
  });
  const manifest: TestBuild = {
    key,
    buildNow: TEST_BUILD_NOW,
    offices: offices.map((office) => ({ ...office, dir: join(sitesDir, office.slug) })),
    portal: { siteUrl: TEST_PORTAL_URL, dir: portal.dir },
  };
  const reported = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { results?: unknown[] };
  if (reported.results?.length !== manifest.offices.length) {
    throw new TestBuildError(
      `build-offices reported ${reported.results?.length ?? 0} offices, the CMS has ${manifest.offices.length}`,
    );
  }
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function listOfficeTargets(
  cms: Pick<CmsProcess, "url" | "readToken">,
): Promise<Array<{ slug: string; siteUrl: string }>> {
  const { listOffices } = await import("../scripts/lib/office-directory.ts");
  const { offices, unbuildable } = await listOffices(cms.url, cms.readToken);
  if (unbuildable.length > 0) {
    throw new Error(`unbuildable test offices: ${unbuildable.map((o) => o.error).join("; ")}`);
  }
  return offices;
}

/** Starts the test CMS, seeded with the test fixtures. */
export function startTestCms(): Promise<CmsProcess> {
  const fixturesDir = writeTestFixtures(join(TEST_BUILD_DIR, "fixtures"));
  return startCms({ fixturesDir });
}

/** The shared test build: reused when current, else built with a CMS of its own. */
export async function ensureTestBuild(): Promise<TestBuild> {
  mkdirSync(TEST_BUILD_DIR, { recursive: true });
  const key = await testBuildKey();
  const current = readTestBuild(key);
  if (current) return current;
  const cms = await startTestCms();
  try {
    return await buildTestOffices(cms, key);
  } finally {
    await cms.stop();
  }
}
