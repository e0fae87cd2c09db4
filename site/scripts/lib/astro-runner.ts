// Two ways to run one `astro build` of the site with a build's own variables (OFFICES, OUT_DIR,
// CACHE_DIR, …): a child process per build (the CLI driver), or inside this process (the warm
// build server, scripts/build-server.ts), which saves Node's and Astro's start on every build.
// In this process, astro.config.ts is loaded once (through Vite's module runner, as Astro loads
// it) and each build gets `siteConfig` of its variables inline: Astro would otherwise start a
// Vite server to load the file again for every build. Both give the exit code and the tail of
// the output, where the driver looks for the cause. In this process, Astro's sync (type
// generation and the content layer, on a temporary Vite server) runs for the first build only:
// the site keeps no content in Astro's content layer, and the types serve editors, not builds
// (docs/decisions.md, "Kept processes sync once"). Each build writes into the process's own
// fixed folders (kept-folders.ts), so that its page bundle's entry is kept from build to build.
import { spawn } from "node:child_process";
import { join } from "node:path";
import type { AstroInlineConfig } from "astro";
import { runnerImport } from "vite";
import { type BuildEnv, parseBuildEnv } from "../../src/lib/build/build-env.ts";
import { keptFolders } from "./kept-folders.ts";

/** `siteConfig` of astro.config.ts (its type is not imported: the file imports Astro-only paths). */
type SiteConfig = (env: BuildEnv, host: { keptProcess: boolean }) => AstroInlineConfig;

export type AstroRun = { code: number; log: string };
export type AstroRunner = (vars: Record<string, string>, quiet: boolean) => Promise<AstroRun>;

const LOG_TAIL = 20_000;

export function spawnAstroRunner(siteDir: string): AstroRunner {
  const astroBin = join(siteDir, "node_modules", "astro", "bin", "astro.mjs");
  return (vars, quiet) =>
    new Promise((resolvePromise) => {
      const child = spawn(process.execPath, [astroBin, "build"], {
        cwd: siteDir,
        env: { ...process.env, ...vars },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let log = "";
      const keep = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
        log = (log + chunk.toString("utf8")).slice(-LOG_TAIL);
        if (!quiet) target.write(chunk);
      };
      child.stdout.on("data", keep(process.stdout));
      child.stderr.on("data", keep(process.stderr));
      child.on("close", (code, signal) =>
        resolvePromise({ code: code ?? (signal ? 128 : 1), log }),
      );
    });
}

/** An error and its causes, one `Name: message` per line, as the CLI would print them. */
function describeError(error: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = error; e !== undefined && lines.length < 5; ) {
    lines.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  return lines.join("\n");
}

/**
 * Runs builds in this process, one at a time (they share process.env): the variables are set
 * for the build and restored after it; what Astro writes meanwhile is kept as the log.
 */
export function inProcessAstroRunner(siteDir: string): AstroRunner {
  let queue: Promise<unknown> = Promise.resolve();
  let config: Promise<SiteConfig> | undefined;
  let synced = false;
  const loadConfig = async () => {
    // Vite's runner sets NODE_ENV to "development" when it is unset, and Astro's build keeps a
    // NODE_ENV it finds: the pages would be built as in `astro dev`.
    const nodeEnv = process.env.NODE_ENV;
    try {
      const { module } = await runnerImport<{ siteConfig: SiteConfig }>(
        join(siteDir, "astro.config.ts"),
        { root: siteDir, configFile: false, logLevel: "error" },
      );
      return module.siteConfig;
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  };
  const run = async (vars: Record<string, string>, quiet: boolean): Promise<AstroRun> => {
    const { build } = await import("astro");
    const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
    Object.assign(process.env, vars);
    let log = "";
    const writes = { out: process.stdout.write, err: process.stderr.write };
    const capture = (original: typeof process.stdout.write, stream: NodeJS.WriteStream) =>
      ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        log = (
          log + (typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"))
        ).slice(-LOG_TAIL);
        return quiet ? true : original.call(stream, chunk, ...(rest as []));
      }) as typeof process.stdout.write;
    process.stdout.write = capture(writes.out, process.stdout);
    process.stderr.write = capture(writes.err, process.stderr);
    try {
      config ??= loadConfig().catch((error: unknown) => {
        config = undefined; // loaded again by the next build
        throw error;
      });
      const configOf = await config;
      await build(
        {
          // Build after build in this process: what a build may keep for the next (the search
          // indexer) is kept.
          ...configOf(parseBuildEnv(process.env), { keptProcess: true }),
          root: siteDir,
          configFile: false,
          logLevel: quiet ? "warn" : "info",
        },
        // Not in Astro's public type: its builder's own option (guarded by astro-runner.int.test.ts).
        { sync: !synced } as Parameters<typeof build>[1],
      );
      synced = true;
      return { code: 0, log };
    } catch (error) {
      return { code: 1, log: `${log}\n${describeError(error)}` };
    } finally {
      process.stdout.write = writes.out;
      process.stderr.write = writes.err;
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  };
  const folders = keptFolders();
  const runInFolders = async (vars: Record<string, string>, quiet: boolean): Promise<AstroRun> => {
    try {
      const result = await run(await folders.enter(vars), quiet);
      await folders.leave(vars);
      return result;
    } catch (error) {
      await folders.leave(vars).catch(() => undefined);
      return { code: 1, log: describeError(error) };
    }
  };
  return (vars, quiet) => {
    const result = queue.then(() => runInFolders(vars, quiet));
    queue = result.catch(() => undefined);
    return result;
  };
}
