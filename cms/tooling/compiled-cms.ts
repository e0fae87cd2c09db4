// Compiles the CMS once per source state into cms/.cache/strapi/<hash>/ (git-ignored) and, on
// request, builds the admin panel into the same folder. Concurrent callers (several test files or
// packages at once) wait on the shared process lock instead of building twice.
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
import { lockHolder, lockWhenFree } from "@mops/shared/node/process-lock";

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

/** Runs `work` holding the lock named `lockPath`, waiting (at most `timeoutMs`) for another. */
async function withLock<T>(
  lockPath: string,
  timeoutMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const lock = await lockWhenFree(lockPath, "another compile of the CMS", { timeoutMs });
  try {
    return await work();
  } finally {
    await lock.release();
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
async function pruneOldBuilds(keep: string): Promise<void> {
  for (const name of readdirSync(cacheRoot)) {
    const dir = path.join(cacheRoot, name);
    const used = statSync(path.join(dir, ".complete"), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (dir === keep || Date.now() - used <= 24 * 3600_000) continue;
    if ((await lockHolder(`${dir}.lock`)) !== undefined) continue; // being built right now
    rmSync(dir, { recursive: true, force: true });
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
  return withLock(`${outDir}.lock`, 15 * 60_000, async () => {
    if (existsSync(done)) return outDir;
    rmSync(outDir, { recursive: true, force: true });
    await compileServer(outDir);
    if (options.adminPanel) await buildAdmin(outDir, options.env);
    writeFileSync(done, new Date().toISOString());
    await pruneOldBuilds(outDir);
    return outDir;
  });
}
