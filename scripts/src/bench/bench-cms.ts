// The bench's CMS: one database (SQLite file or PostgreSQL database) that grows step by step.
// Each step imports a fixtures folder with the CMS's own importer in a child process
// (seed-child.ts, timed and memory-sampled), then the CMS is started on the same database with
// the CMS's test harness (@mops/cms/testing) for the builds.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cmsDir } from "@mops/cms/launcher";
import {
  createPostgresDatabase,
  dropPostgresDatabase,
  isPostgresReachable,
  type StrapiDatabase,
  type StrapiProcess,
  startStrapi,
} from "@mops/cms/testing";
import { z } from "zod";
import { commandLine, type MemoryPeak, processTree, sampleMemory } from "./memory-sampler.ts";

export type DatabaseKind = "sqlite" | "postgres";

export class BenchCmsError extends Error {
  override name = "BenchCmsError";
}

/** Starts the seed child's result line (see seed-child.ts; Strapi logs after it on shutdown). */
const RESULT_MARKER = "bench-seed-result ";
const seedChild = fileURLToPath(new URL("./seed-child.ts", import.meta.url));

export { isPostgresReachable };

export interface SeedResult {
  /** Seconds of the import itself (Document Service writes), measured inside the child. */
  importSeconds: number;
  /** Seconds of the whole child: Strapi load, import, shutdown. */
  wallSeconds: number;
  created: number;
  existing: number;
  memory: MemoryPeak;
}

/** The child's result line. */
const seedOutputSchema = z.object({
  seconds: z.number().nonnegative(),
  counts: z.record(
    z.string(),
    z.object({ created: z.number().int().nonnegative(), existing: z.number().int().nonnegative() }),
  ),
});

function parseSeedOutput(line: string): {
  seconds: number;
  created: number;
  existing: number;
} {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new BenchCmsError(`the seed child printed no result line: ${line.slice(0, 200)}`);
  }
  const parsed = seedOutputSchema.safeParse(json);
  if (!parsed.success) {
    throw new BenchCmsError(
      `the seed child's result is malformed: ${parsed.error.issues[0]?.message}`,
    );
  }
  const counts = Object.values(parsed.data.counts);
  return {
    seconds: parsed.data.seconds,
    created: counts.reduce((sum, count) => sum + count.created, 0),
    existing: counts.reduce((sum, count) => sum + count.existing, 0),
  };
}

export interface BenchCms {
  kind: DatabaseKind;
  database: StrapiDatabase;
  /** Imports the offices of `fixturesDir` into the database (the CMS must not be running). */
  seed(fixturesDir: string): Promise<SeedResult>;
  /** Starts the CMS on the database; `env` adds e.g. REBUILD_URL and REBUILD_SECRET. */
  start(env?: Readonly<Record<string, string>>): Promise<RunningCms>;
  /** Removes the database (a PostgreSQL database is dropped). */
  drop(): Promise<void>;
}

export interface RunningCms {
  strapi: StrapiProcess;
  /** Seconds from spawn to healthy. */
  startSeconds: number;
  /** Pid of the CMS process, for memory sampling. */
  pid: number | undefined;
  stop(): Promise<void>;
}

/** The pid of the CMS child among this process's descendants. */
function findCmsPid(distDir: string): number | undefined {
  return processTree(process.pid)
    .filter((pid) => pid !== process.pid)
    .find((pid) => {
      const command = commandLine(pid);
      return command.includes("tooling/boot.ts") && command.includes(distDir);
    });
}

function runSeedChild(
  distDir: string,
  fixturesDir: string,
  env: Readonly<Record<string, string>>,
): Promise<SeedResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [seedChild, distDir, fixturesDir], {
      cwd: cmsDir,
      env: { ...process.env, ...env, SEED_ON_START: "false" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const sampler = sampleMemory(() => [child.pid]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-8000);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const memory = sampler.stop();
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(
          new BenchCmsError(
            `seeding ${fixturesDir} failed (${code}): ${(stderr || stdout).slice(-4000)}`,
          ),
        );
        return;
      }
      try {
        const line = stdout.split("\n").find((l) => l.startsWith(RESULT_MARKER)) ?? "";
        const result = parseSeedOutput(line.slice(RESULT_MARKER.length));
        resolve({
          importSeconds: result.seconds,
          wallSeconds,
          created: result.created,
          existing: result.existing,
          memory,
        });
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * A fresh, empty database with the CMS schema and the demo admin: the CMS is started once
 * without seeding (which creates the schema) and stopped; its environment is kept for the
 * importer and later starts.
 */
export async function createBenchCms(options: {
  kind: DatabaseKind;
  workDir: string;
  /** Milliseconds a start may take (a large database creates many editor accounts). */
  startTimeoutMs: number;
}): Promise<BenchCms> {
  mkdirSync(options.workDir, { recursive: true });
  const publicDir = join(options.workDir, "public");
  const database: StrapiDatabase =
    options.kind === "postgres"
      ? { client: "postgres", name: await createPostgresDatabase() }
      : { client: "sqlite", filename: join(options.workDir, "data.db") };
  const drop = async () => {
    if (database.client === "postgres") await dropPostgresDatabase(database.name);
  };
  let first: StrapiProcess;
  try {
    first = await startStrapi({
      existingDatabase: database,
      publicDir,
      seed: false,
      timeoutMs: options.startTimeoutMs,
    });
  } catch (error) {
    await drop();
    throw error;
  }
  const { env, distDir } = first;
  await first.stop();

  return {
    kind: options.kind,
    database,
    seed: (fixturesDir) => runSeedChild(distDir, fixturesDir, env),
    async start(extraEnv = {}) {
      const started = performance.now();
      const strapi = await startStrapi({
        existingDatabase: database,
        publicDir,
        seed: false,
        env: extraEnv,
        timeoutMs: options.startTimeoutMs,
      });
      return {
        strapi,
        startSeconds: (performance.now() - started) / 1000,
        pid: findCmsPid(strapi.distDir),
        stop: () => strapi.stop(),
      };
    },
    drop,
  };
}
