// Builds one, several or all offices into <out>/<slug>/, each a self-contained static site for
// the root of the office's own domain. Offices are built in batches, one `astro build` per batch
// (each office under /<slug>/, split afterwards by the office-sites integration), with up to
// --jobs batches at once. A batch builds into a staging directory; each office's directory
// replaces <out>/<slug>/ only when its build succeeded, so a failed build leaves the last good
// site. When a batch fails, its offices are built one by one, so one office's bad data fails
// only that office. A job of several batches runs them one after another in one kept child
// process (astro-worker.ts), which starts Node and Astro once per job, not once per batch;
// --process-per-batch (and a job of one batch) runs each batch as its own `astro build` process.
// Usage and environment: site/README.md, "Building offices".
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { lockOrFail } from "@mops/shared/node/process-lock";
import { officesEnv } from "../src/lib/build/build-env.ts";
import { chunks } from "../src/lib/chunks.ts";
import { type AstroRunner, spawnAstroRunner } from "./lib/astro-runner.ts";
import {
  listOffices,
  type OfficeTarget,
  selectOffices,
  type UnbuildableOffice,
} from "./lib/office-directory.ts";
import { removeTree } from "./lib/remove-tree.ts";
import { type WorkerRunner, workerAstroRunner } from "./lib/worker-runner.ts";

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = resolve(siteDir, "..");
const spawnAstroBuild = spawnAstroRunner(siteDir);
// Inside the site folder: Astro puts its prerender bundle next to an outDir inside the project,
// and in the shared site/.astro/ otherwise, where parallel builds would delete each other's.
export const stagingRoot = join(siteDir, ".tmp", "staging");

export class BuildDriverError extends Error {
  override name = "BuildDriverError";
}

export interface DriverOptions {
  offices: string[];
  /** Offices per `astro build`. */
  batchSize: number;
  /** Batches built at once. */
  jobs: number;
  outRoot: string;
  cacheRoot: string;
  strapiUrl: string;
  token: string;
  /** A preview build's draft-read grant: the offices' drafts instead of what is published. */
  draftGrant?: string;
  /** With `draftGrant`: the page the preview opens on (it leaves out news it need not show). */
  previewPath?: string;
  buildNow: string;
  withExamples: boolean;
  quiet: boolean;
  /**
   * How each `astro build` runs: given (the warm build server's, in its own process), every batch
   * this way; else each job's batches in a kept child process, or with `processPerBatch` each
   * batch in an `astro build` process of its own.
   */
  runner?: AstroRunner;
  processPerBatch?: boolean;
  /**
   * The rendering code's version (siteCodeVersion): given, each build reuses the pages its
   * cache's page store has unchanged (src/lib/build/page-reuse.ts; the warm build server's).
   */
  reusePages?: string;
}

export interface OfficeResult {
  office: string;
  ok: boolean;
  dir: string;
  /** Wall time of the build that built (or failed) the office, shared by its batch. */
  seconds: number;
  error?: string;
}

const USAGE = `usage: node site/scripts/build-offices.ts [options] [<office-slug>…]
  no slug, or --all: every office in the CMS
  --out <dir>        output root; each office goes to <dir>/<slug>/ (default site/dist)
  --cache <dir>      Astro's cache root, one directory per batch (default site/.cache/offices)
  --batch <n>        offices per astro build (default 25)
  --jobs <n>         astro builds at once (default 1; 2 uses both cores of a 2-core machine)
  --process-per-batch  each batch in an astro build process of its own (default: each job's
                     batches one after another in one kept process, which starts Astro once)
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
      batch: { type: "string", default: "25" },
      jobs: { type: "string", default: "1" },
      now: { type: "string" },
      "strapi-url": { type: "string" },
      "with-examples": { type: "boolean", default: false },
      "process-per-batch": { type: "boolean", default: false },
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
  const count = (name: string, text: string, max: number): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new BuildDriverError(`--${name} "${text}" is not a whole number from 1 to ${max}`);
    }
    return value;
  };
  return {
    offices: positionals,
    batchSize: count("batch", values.batch, 500),
    jobs: count("jobs", values.jobs, 16),
    outRoot: resolve(values.out ?? join(siteDir, "dist")),
    cacheRoot: resolve(values.cache ?? join(siteDir, ".cache", "offices")),
    strapiUrl: values["strapi-url"] ?? process.env.STRAPI_URL ?? "http://127.0.0.1:1337",
    token: await readToken(),
    buildNow,
    withExamples: values["with-examples"],
    processPerBatch: values["process-per-batch"],
    quiet: values.quiet,
    json: values.json,
  };
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

/** Astro's cache of a batch: an office built alone keeps its own, a batch one per set. */
function cacheDirFor(cacheRoot: string, batch: ReadonlyArray<OfficeTarget>): string {
  if (batch.length === 1) return join(cacheRoot, batch[0]!.slug);
  const slugs = batch.map((office) => office.slug).join(",");
  return join(cacheRoot, `batch-${createHash("sha256").update(slugs).digest("hex").slice(0, 16)}`);
}

/** Whether a process with this id is running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Whether a staging directory (named <pid>-<n>) belongs to a driver that is gone: killed
 * mid-build, it could not clean up after itself.
 */
export function isStaleStaging(name: string, running: (pid: number) => boolean): boolean {
  const pid = Number(name.split("-")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return true;
  return pid !== process.pid && !running(pid);
}

/** Deletes the staging directories of drivers that no longer run. */
async function clearStaleStaging(): Promise<void> {
  const names = await readdir(stagingRoot).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => isStaleStaging(name, isRunning))
      .map((name) => removeTree(join(stagingRoot, name))),
  );
}

/** Moves a directory, copying when it crosses file systems. */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await cp(from, to, { recursive: true });
    await removeTree(from);
  }
}

/** Puts a built office in place of <out>/<slug>/ (two renames: never a missing site). */
async function swapIn(office: OfficeTarget, builtDir: string, outRoot: string): Promise<string> {
  const finalDir = join(outRoot, office.slug);
  const incoming = join(outRoot, ".staging", office.slug);
  const previous = join(outRoot, ".staging", `${office.slug}.previous`);
  await rm(incoming, { recursive: true, force: true });
  await rm(previous, { recursive: true, force: true });
  await mkdir(dirname(incoming), { recursive: true });
  await move(builtDir, incoming);
  if (existsSync(finalDir)) await rename(finalDir, previous);
  await rename(incoming, finalDir);
  await rm(previous, { recursive: true, force: true });
  return finalDir;
}

let batchCounter = 0;

/** One `astro build` of `batch`; every office of it succeeds or fails together. */
async function buildBatch(
  batch: ReadonlyArray<OfficeTarget>,
  options: DriverOptions,
): Promise<OfficeResult[]> {
  const started = performance.now();
  const stagingDir = join(stagingRoot, `${process.pid}-${++batchCounter}`);
  const cacheDir = cacheDirFor(options.cacheRoot, batch);
  await removeTree(stagingDir);
  await mkdir(dirname(stagingDir), { recursive: true });
  await mkdir(cacheDir, { recursive: true });
  try {
    const { code, log } = await (options.runner ?? spawnAstroBuild)(
      {
        ASTRO_TELEMETRY_DISABLED: "1",
        OFFICES: officesEnv(batch),
        STRAPI_URL: options.strapiUrl,
        STRAPI_TOKEN: options.token,
        STRAPI_DRAFT_GRANT: options.draftGrant ?? "",
        PREVIEW_PATH: options.previewPath ?? "",
        BUILD_NOW: options.buildNow,
        OUT_DIR: stagingDir,
        CACHE_DIR: cacheDir,
        WITH_EXAMPLES: options.withExamples ? "1" : "0",
        PORTAL_URL: "",
        REUSE_PAGES: options.reusePages ?? "",
        // Per office whichever batch builds it (a leading dot: no office or batch is named so).
        PAGE_STORE_ROOT: options.reusePages ? join(options.cacheRoot, ".page-store") : "",
      },
      options.quiet,
    );
    const seconds = (performance.now() - started) / 1000;
    const complete = batch.every((office) =>
      existsSync(join(stagingDir, office.slug, "index.html")),
    );
    if (code !== 0 || !complete) {
      const error = failureCause(log);
      return batch.map((office) => ({
        office: office.slug,
        ok: false,
        dir: join(options.outRoot, office.slug),
        seconds,
        error,
      }));
    }
    const results: OfficeResult[] = [];
    for (const office of batch) {
      const dir = await swapIn(office, join(stagingDir, office.slug), options.outRoot);
      results.push({ office: office.slug, ok: true, dir, seconds });
    }
    return results;
  } finally {
    await removeTree(stagingDir);
  }
}

/**
 * How a job's batches run, and what is left to close after them. A job of one batch runs it in
 * an `astro build` process: a kept process would only add a hop (measured: about 0.4 s slower).
 */
function jobRunner(options: DriverOptions, batchesPerJob: number): WorkerRunner {
  const once = (run: AstroRunner) => ({
    run,
    close: async () => undefined,
    started: () => 0,
    reusedBundles: () => 0,
  });
  if (options.runner) return once(options.runner);
  if (options.processPerBatch || batchesPerJob <= 1) return once(spawnAstroBuild);
  return workerAstroRunner(siteDir);
}

function report(result: OfficeResult): void {
  const verdict = result.ok ? "built " : "FAILED";
  console.error(
    `build-offices: ${verdict} ${result.office} in ${result.seconds.toFixed(1)} s${result.ok ? ` → ${result.dir}` : `: ${result.error}`}`,
  );
}

/**
 * Whether a batch's failure may belong to one of its offices, so building them one by one
 * saves the others. A CMS that cannot be reached or refuses the token fails every office alike.
 */
export function mayFailAlone(cause: string): boolean {
  return !cause.startsWith("StrapiFetchError") && !cause.startsWith("BuildEnvError");
}

/** Builds a batch; when it fails and holds several offices, builds each of them alone. */
async function buildWithFallback(
  batch: ReadonlyArray<OfficeTarget>,
  options: DriverOptions,
): Promise<OfficeResult[]> {
  const results = await buildBatch(batch, options);
  const failure = results.find((result) => !result.ok)?.error;
  if (batch.length === 1 || failure === undefined || !mayFailAlone(failure)) {
    results.forEach(report);
    return results;
  }
  console.error(
    `build-offices: the batch of ${batch.length} offices failed (${results[0]?.error}); building them one by one`,
  );
  const alone: OfficeResult[] = [];
  for (const office of batch) {
    const [result] = await buildBatch([office], options);
    report(result!);
    alone.push(result!);
  }
  return alone;
}

/**
 * Splits the offices into at least `jobs` batches of at most `batchSize`, so that every job has
 * work, in the order given (the result lists offices in that order too).
 */
export function planBatches<T>(offices: ReadonlyArray<T>, batchSize: number, jobs: number): T[][] {
  const size = Math.max(1, Math.min(batchSize, Math.ceil(offices.length / jobs)));
  return chunks(offices, size);
}

export async function buildOffices(options: DriverOptions): Promise<OfficeResult[]> {
  await mkdir(options.outRoot, { recursive: true });
  await mkdir(options.cacheRoot, { recursive: true });
  const lock = await lockOrFail(join(options.cacheRoot, "build.lock"), "another build");
  try {
    await clearStaleStaging();
    const listed = await listOffices(
      options.strapiUrl,
      options.token,
      options.offices,
      options.draftGrant,
    );
    // An unknown slug is named with the list of every office, read only then.
    const found = listed.offices.length + listed.unbuildable.length;
    const known =
      found < new Set(options.offices).size
        ? await listOffices(options.strapiUrl, options.token, [], options.draftGrant)
        : listed;
    const { targets, failures } = selectOffices(known, options.offices);
    const unbuildable = failures.map((failure) => failedAlone(failure, options.outRoot));
    unbuildable.forEach(report);
    const batches = planBatches(targets, options.batchSize, options.jobs);
    const done: OfficeResult[][] = new Array(batches.length);
    let next = 0;
    const job = async (runner: AstroRunner) => {
      while (next < batches.length) {
        const index = next++;
        done[index] = await buildWithFallback(batches[index]!, { ...options, runner });
      }
    };
    const jobs = Math.min(options.jobs, batches.length);
    const runners = Array.from({ length: jobs }, () =>
      jobRunner(options, Math.ceil(batches.length / jobs)),
    );
    try {
      await Promise.all(runners.map((runner) => job(runner.run)));
    } finally {
      await Promise.all(runners.map((runner) => runner.close()));
    }
    const kept = runners.reduce((sum, runner) => sum + runner.started(), 0);
    if (kept > 0) {
      const reused = runners.reduce((sum, runner) => sum + runner.reusedBundles(), 0);
      console.error(
        `build-offices: ${batches.length} batches in ${kept} kept Astro process(es), ${reused} on a reused bundle`,
      );
    }
    await removeTree(join(options.outRoot, ".staging"));
    return [...done.flat(), ...unbuildable];
  } finally {
    await lock.release();
  }
}

/** The result of an office that no build was tried for: its record is invalid or missing. */
function failedAlone(failure: UnbuildableOffice, outRoot: string): OfficeResult {
  return {
    office: failure.slug,
    ok: false,
    dir: join(outRoot, failure.slug),
    seconds: 0,
    error: failure.error,
  };
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
