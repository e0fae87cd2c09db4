// Compiles the CMS once per source state into cms/.cache/strapi/<hash>/ (git-ignored) and, on
// request, builds the admin panel into the same folder. Concurrent callers (several test files or
// packages at once) wait on a lock folder instead of building twice.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export const cmsDir = fileURLToPath(new URL("..", import.meta.url));
const cacheRoot = path.join(cmsDir, ".cache", "strapi");

export class CmsBuildError extends Error {
  override name = "CmsBuildError";
}

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((relative) => path.join(dir, relative))
    .filter((file) => statSync(file).isFile() && keep(file))
    .sort();
}

/** Hash of everything the compiled CMS depends on (tests and the notifier's tests excluded). */
export function sourceHash(withAdmin: boolean): string {
  const hash = createHash("sha256");
  const isSource = (file: string) =>
    !file.endsWith(".test.ts") &&
    !file.endsWith(".md") &&
    (withAdmin || !file.includes(`${path.sep}admin${path.sep}`));
  const files = [
    ...filesUnder(path.join(cmsDir, "config"), isSource),
    ...filesUnder(path.join(cmsDir, "src"), isSource),
    path.join(cmsDir, "tsconfig.json"),
    path.join(cmsDir, "package.json"),
  ];
  for (const file of files) {
    hash.update(path.relative(cmsDir, file));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  hash.update(withAdmin ? "admin" : "server");
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` holding `lockDir`; a lock older than `staleMs` (a crashed holder) is taken over. */
async function withLock<T>(lockDir: string, staleMs: number, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const since = statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > staleMs) rmSync(lockDir, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

async function compileServer(outDir: string): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  try {
    await run(process.execPath, [tsc, "-p", "tsconfig.json", "--outDir", outDir], { cwd: cmsDir });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new CmsBuildError(`tsc failed:\n${stdout}${stderr}`);
  }
}

async function buildAdmin(outDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const script = path.join(cmsDir, "tooling", "build-admin.ts");
  try {
    await run(process.execPath, [script, outDir], {
      cwd: cmsDir,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new CmsBuildError(`admin build failed:\n${stdout.slice(-4000)}${stderr.slice(-4000)}`);
  }
}

/** Removes cached builds of other source states not used for a day. */
function pruneOldBuilds(keep: string): void {
  for (const name of readdirSync(cacheRoot)) {
    const dir = path.join(cacheRoot, name);
    const used = statSync(path.join(dir, ".complete"), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    const building = name.endsWith(".lock") || existsSync(`${dir}.lock`);
    if (dir !== keep && !building && Date.now() - used > 24 * 3600_000) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/**
 * The folder holding the compiled CMS (Strapi's `distDir`) for the current sources, compiling it
 * when missing; with `adminPanel` also the admin panel build (~45 s, 2 GB, once per source state).
 * `env` must let Strapi load its configuration (the admin build boots it without a database).
 */
export async function compiledCms(options: {
  adminPanel: boolean;
  env: NodeJS.ProcessEnv;
}): Promise<string> {
  const outDir = path.join(cacheRoot, sourceHash(options.adminPanel));
  const done = path.join(outDir, ".complete");
  if (existsSync(done)) {
    utimesSync(done, new Date(), new Date());
    return outDir;
  }
  mkdirSync(cacheRoot, { recursive: true });
  return withLock(`${outDir}.lock`, 10 * 60_000, async () => {
    if (existsSync(done)) return outDir;
    rmSync(outDir, { recursive: true, force: true });
    await compileServer(outDir);
    if (options.adminPanel) await buildAdmin(outDir, options.env);
    writeFileSync(done, new Date().toISOString());
    pruneOldBuilds(outDir);
    return outDir;
  });
}
