// Builds the regional portal: one `astro build` in portal mode (PORTAL_URL) with every office of
// the CMS loaded, written to <out>/ (swapped in whole: never a half-written portal).
// Usage: node site/scripts/build-portal.ts --out <dir> --url <portal origin> [--now <iso>]
//        [--strapi-url <url>] [--cache <dir>] [--quiet]; env STRAPI_TOKEN.
import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { officesEnv, PORTAL_DIR } from "../src/lib/build/build-env.ts";
import { type AstroRunner, spawnAstroRunner } from "./lib/astro-runner.ts";
import { listOffices } from "./lib/office-directory.ts";

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export class PortalBuildError extends Error {
  override name = "PortalBuildError";
}

export interface PortalBuildOptions {
  outDir: string;
  portalUrl: string;
  strapiUrl: string;
  token: string;
  buildNow: string;
  cacheDir?: string;
  quiet?: boolean;
  runner?: AstroRunner;
}

export interface PortalBuildResult {
  dir: string;
  offices: number;
  seconds: number;
}

export async function buildPortal(options: PortalBuildOptions): Promise<PortalBuildResult> {
  const started = performance.now();
  const { offices } = await listOffices(options.strapiUrl, options.token);
  if (offices.length === 0) throw new PortalBuildError("the CMS publishes no office");
  const staging = join(siteDir, ".tmp", "staging", `portal-${process.pid}`);
  const cacheDir = options.cacheDir ?? join(siteDir, ".cache", "portal");
  await rm(staging, { recursive: true, force: true });
  await mkdir(cacheDir, { recursive: true });
  const { code, log } = await (options.runner ?? spawnAstroRunner(siteDir))(
    {
      ASTRO_TELEMETRY_DISABLED: "1",
      OFFICES: officesEnv(offices),
      STRAPI_URL: options.strapiUrl,
      STRAPI_TOKEN: options.token,
      STRAPI_DRAFT_GRANT: "",
      PORTAL_URL: options.portalUrl,
      BUILD_NOW: options.buildNow,
      OUT_DIR: staging,
      CACHE_DIR: cacheDir,
      WITH_EXAMPLES: "0",
    },
    options.quiet ?? true,
  );
  const built = join(staging, PORTAL_DIR);
  if (code !== 0 || !existsSync(join(built, "index.html")))
    throw new PortalBuildError(`astro build exited with ${code}: ${log.slice(-2000)}`);
  const outDir = resolve(options.outDir);
  const previous = `${outDir}.previous`;
  await mkdir(dirname(outDir), { recursive: true });
  await rm(previous, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, previous);
  await rename(built, outDir);
  await rm(previous, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
  return { dir: outDir, offices: offices.length, seconds: (performance.now() - started) / 1000 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      url: { type: "string" },
      now: { type: "string" },
      cache: { type: "string" },
      "strapi-url": { type: "string" },
      quiet: { type: "boolean", default: false },
    },
  });
  const token = process.env.STRAPI_TOKEN?.trim();
  if (!values.out || !values.url || !token) {
    console.error(
      "usage: STRAPI_TOKEN=… node site/scripts/build-portal.ts --out <dir> --url <origin>",
    );
    process.exit(2);
  }
  const result = await buildPortal({
    outDir: values.out,
    portalUrl: values.url,
    strapiUrl: values["strapi-url"] ?? process.env.STRAPI_URL ?? "http://127.0.0.1:1337",
    token,
    buildNow: values.now ?? process.env.BUILD_NOW ?? new Date().toISOString(),
    ...(values.cache ? { cacheDir: values.cache } : {}),
    quiet: values.quiet,
  });
  console.log(
    `portal: ${result.offices} office(s) in ${result.seconds.toFixed(1)} s → ${result.dir}`,
  );
}
