// Builds one, several or all offices into <out>/<slug>/, each a self-contained static site for
// the root of the office's own domain. Each build goes to a staging directory that replaces the
// office's directory only when the build succeeded, so a failed build leaves the last good site.
// Usage and environment: site/README.md, "Building offices".
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { acquireBuildLock } from "./lib/build-lock.ts";
import { codeFingerprint } from "./lib/code-fingerprint.ts";
import { listOffices, type OfficeTarget, selectOffices } from "./lib/office-directory.ts";

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = resolve(siteDir, "..");
const astroBin = join(siteDir, "node_modules", "astro", "bin", "astro.mjs");

export class BuildDriverError extends Error {
  override name = "BuildDriverError";
}

export interface DriverOptions {
  offices: string[];
  outRoot: string;
  cacheRoot: string;
  strapiUrl: string;
  token: string;
  buildNow: string;
  withExamples: boolean;
  quiet: boolean;
}

export interface OfficeResult {
  office: string;
  ok: boolean;
  dir: string;
  seconds: number;
  error?: string;
}

const USAGE = `usage: node site/scripts/build-offices.ts [options] [<office-slug>…]
  no slug, or --all: every office in the CMS
  --out <dir>        output root; each office goes to <dir>/<slug>/ (default site/dist)
  --cache <dir>      content cache root, one directory per office (default site/.cache/offices)
  --now <iso>        instant for build-time states (default: env BUILD_NOW, else now)
  --strapi-url <url> CMS base URL (default: env STRAPI_URL, else http://127.0.0.1:1337)
  --with-examples    also build the component examples page (/przyklady/), for tests
  --json             print one JSON line with the results at the end
  --quiet            print only the driver's own lines, not Astro's output
env: STRAPI_TOKEN (read-only API token) or the file cms/.api-token`;

async function readToken(): Promise<string> {
  const fromEnv = process.env.STRAPI_TOKEN?.trim();
  if (fromEnv) return fromEnv;
  const file = join(repoDir, "cms", ".api-token");
  const fromFile = existsSync(file) ? (await readFile(file, "utf8")).trim() : "";
  if (fromFile) return fromFile;
  throw new BuildDriverError("no API token: set STRAPI_TOKEN or write it to cms/.api-token");
}

export async function parseDriverArgs(argv: string[]): Promise<DriverOptions & { json: boolean }> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      all: { type: "boolean", default: false },
      out: { type: "string" },
      cache: { type: "string" },
      now: { type: "string" },
      "strapi-url": { type: "string" },
      "with-examples": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.all && positionals.length > 0) {
    throw new BuildDriverError("give office slugs or --all, not both");
  }
  const buildNow = values.now ?? process.env.BUILD_NOW ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(buildNow)) || !/T.*(Z|[+-]\d\d:\d\d)$/.test(buildNow)) {
    throw new BuildDriverError(
      `--now / BUILD_NOW "${buildNow}" is not an ISO datetime with offset`,
    );
  }
  return {
    offices: positionals,
    outRoot: resolve(values.out ?? join(siteDir, "dist")),
    cacheRoot: resolve(values.cache ?? join(siteDir, ".cache", "offices")),
    strapiUrl: values["strapi-url"] ?? process.env.STRAPI_URL ?? "http://127.0.0.1:1337",
    token: await readToken(),
    buildNow,
    withExamples: values["with-examples"],
    quiet: values.quiet,
    json: values.json,
  };
}

/** Drops an office's content cache when the code that shapes stored content changed. */
async function prepareCache(cacheDir: string, fingerprint: string): Promise<void> {
  const stamp = join(cacheDir, "code-fingerprint");
  const previous = await readFile(stamp, "utf8").catch(() => "");
  if (previous.trim() !== fingerprint) {
    await rm(cacheDir, { recursive: true, force: true });
    await mkdir(cacheDir, { recursive: true });
    await writeFile(stamp, fingerprint);
  }
}

function runAstroBuild(
  env: NodeJS.ProcessEnv,
  quiet: boolean,
): Promise<{ code: number; log: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [astroBin, "build"], {
      cwd: siteDir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    const keep = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
      log = (log + chunk.toString("utf8")).slice(-20_000);
      if (!quiet) target.write(chunk);
    };
    child.stdout.on("data", keep(process.stdout));
    child.stderr.on("data", keep(process.stderr));
    child.on("close", (code, signal) => resolvePromise({ code: code ?? (signal ? 128 : 1), log }));
  });
}

/** The cause of a failed build: the loader's named error when there is one. */
export function failureCause(log: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
  const plain = log.replace(/\u001b\[[0-9;]*m/g, "");
  const named = plain.match(
    /(Strapi(?:Fetch|Response|Validation)Error|BuildEnvError|OfficeDataError|SearchIndexError)[^\n]*/,
  );
  if (named) return named[0].trim().replace(/\s+/g, " ");
  const lines = plain
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    lines
      .filter((line) => /error/i.test(line))
      .slice(-3)
      .join(" | ") || lines.slice(-3).join(" | ")
  );
}

async function buildOffice(
  office: OfficeTarget,
  options: DriverOptions,
  fingerprint: string,
): Promise<OfficeResult> {
  const started = performance.now();
  const finalDir = join(options.outRoot, office.slug);
  const stagingDir = join(options.outRoot, ".staging", office.slug);
  const cacheDir = join(options.cacheRoot, office.slug);
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(dirname(stagingDir), { recursive: true });
  await prepareCache(cacheDir, fingerprint);
  const { code, log } = await runAstroBuild(
    {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: "1",
      OFFICE: office.slug,
      OFFICE_SITE_URL: office.siteUrl,
      STRAPI_URL: options.strapiUrl,
      STRAPI_TOKEN: options.token,
      BUILD_NOW: options.buildNow,
      OUT_DIR: stagingDir,
      CACHE_DIR: cacheDir,
      WITH_EXAMPLES: options.withExamples ? "1" : "0",
    },
    options.quiet,
  );
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0 || !existsSync(join(stagingDir, "index.html"))) {
    await rm(stagingDir, { recursive: true, force: true });
    return { office: office.slug, ok: false, dir: finalDir, seconds, error: failureCause(log) };
  }
  const previousDir = join(options.outRoot, ".staging", `${office.slug}.previous`);
  await rm(previousDir, { recursive: true, force: true });
  if (existsSync(finalDir)) await rename(finalDir, previousDir);
  await rename(stagingDir, finalDir);
  await rm(previousDir, { recursive: true, force: true });
  return { office: office.slug, ok: true, dir: finalDir, seconds };
}

export async function buildOffices(options: DriverOptions): Promise<OfficeResult[]> {
  await mkdir(options.outRoot, { recursive: true });
  await mkdir(options.cacheRoot, { recursive: true });
  const release = await acquireBuildLock(join(options.cacheRoot, "build.lock"));
  try {
    const targets = selectOffices(
      await listOffices(options.strapiUrl, options.token),
      options.offices,
    );
    const fingerprint = await codeFingerprint(repoDir, [
      "shared/src",
      "shared/package.json",
      "site/src/lib/strapi",
      "site/src/content.config.ts",
      "site/node_modules/astro/package.json",
    ]);
    const results: OfficeResult[] = [];
    for (const office of targets) {
      const result = await buildOffice(office, options, fingerprint);
      const verdict = result.ok ? "built " : "FAILED";
      console.error(
        `build-offices: ${verdict} ${office.slug} in ${result.seconds.toFixed(1)} s${result.ok ? ` → ${result.dir}` : `: ${result.error}`}`,
      );
      results.push(result);
    }
    await rm(join(options.outRoot, ".staging"), { recursive: true, force: true });
    return results;
  } finally {
    await release();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { json, ...options } = await parseDriverArgs(process.argv.slice(2));
    const results = await buildOffices(options);
    if (json) console.log(JSON.stringify({ results }));
    process.exit(results.every((result) => result.ok) ? 0 : 1);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(`build-offices: ${message}`);
    process.exit(2);
  }
}
