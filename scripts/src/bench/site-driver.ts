// Runs the site's build driver (site/scripts/build-offices.ts) as the rebuild service does, in a
// child process whose whole tree is memory-sampled, and reads its per-office JSON report.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildOfficesScript } from "@mops/site/driver";
import { z } from "zod";
import { type MemoryPeak, sampleMemory } from "./memory-sampler.ts";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const driverScript = buildOfficesScript;

export class SiteDriverError extends Error {
  override name = "SiteDriverError";
}

export interface DriverTarget {
  strapiUrl: string;
  token: string;
  /** `--now`: the instant build-time states are computed for. */
  now: string;
  outRoot: string;
  /** `--cache`: the bench's own Astro cache root (and so its own build lock). */
  cacheRoot: string;
}

const reportSchema = z.object({
  results: z.array(
    z.object({
      office: z.string(),
      ok: z.boolean(),
      seconds: z.number().optional(),
      error: z.string().optional(),
    }),
  ),
});

export type DriverReport = z.infer<typeof reportSchema>["results"];

export interface DriverRun {
  seconds: number;
  results: DriverReport;
  memory: MemoryPeak;
  /** Everything the driver printed on stdout (Astro's log only with `verbose`). */
  output: string;
}

export interface DriverRunOptions {
  /** Keep Astro's log (no `--quiet`). */
  verbose?: boolean;
  /** `--batch`: offices per `astro build` (the driver's default when absent). */
  batch?: number;
  /** `--jobs`: `astro build`s at once (the driver's default when absent). */
  jobs?: number;
}

/** The driver's arguments for `offices` (empty: every office in the CMS). */
export function driverArgs(
  target: DriverTarget,
  offices: readonly string[],
  options: DriverRunOptions = {},
): string[] {
  return [
    ...(options.verbose ? [] : ["--quiet"]),
    "--json",
    ...(options.batch === undefined ? [] : ["--batch", String(options.batch)]),
    ...(options.jobs === undefined ? [] : ["--jobs", String(options.jobs)]),
    "--out",
    target.outRoot,
    "--cache",
    target.cacheRoot,
    "--now",
    target.now,
    "--strapi-url",
    target.strapiUrl,
    ...offices,
  ];
}

interface ChildOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function outcomeReport(outcome: ChildOutcome): DriverReport {
  const line = outcome.stdout.trim().split("\n").at(-1) ?? "";
  let parsed: ReturnType<typeof reportSchema.safeParse> | undefined;
  try {
    parsed = reportSchema.safeParse(JSON.parse(line));
  } catch {
    parsed = undefined;
  }
  if (outcome.code !== 0 || !parsed?.success) {
    throw new SiteDriverError(
      `build-offices exited with ${outcome.code}: ${outcome.stderr.slice(-3000)}`,
    );
  }
  const failed = parsed.data.results.filter((result) => !result.ok);
  if (failed.length > 0) {
    const list = failed.map((f) => `${f.office}: ${f.error ?? "failed"}`).join("; ");
    throw new SiteDriverError(`offices failed to build: ${list.slice(0, 3000)}`);
  }
  return parsed.data.results;
}

/**
 * Builds `offices` (empty: every office in the CMS) with one driver process and waits for it;
 * the memory of its whole process tree (the driver, its `astro build`s, Pagefind) is sampled.
 * Throws when the driver fails or an office did not build.
 */
export async function runDriver(
  target: DriverTarget,
  offices: readonly string[],
  options: DriverRunOptions = {},
): Promise<DriverRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [driverScript, ...driverArgs(target, offices, options)], {
    cwd: repoRoot,
    env: { ...process.env, STRAPI_TOKEN: target.token },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const sampler = sampleMemory(() => [child.pid]);
  const outcome = await new Promise<ChildOutcome>((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-8000);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
  const memory = sampler.stop();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, results: outcomeReport(outcome), memory, output: outcome.stdout };
}
