// Builds offices through the site's warm build server (`buildServerScript` of
// @mops/site/driver): one Node process, started ahead and kept between builds, that has Astro
// loaded and runs each batch inside itself. A single-office rebuild then skips Node's and Astro's
// start (about 3 s of 4.5 s on a 2-core machine). One batch at a time. When the server exits (it
// recycles itself after a reply once its memory passes the limit) a fresh one is started at once;
// when it exits without answering because its code changed on disk, the batch is retried once on
// a fresh server. Timeouts and aborts kill its process group, like the command builder.
import { type ChildProcess, spawn } from "node:child_process";
import { buildServerScript } from "@mops/site/driver";
import {
  BuildError,
  type Builder,
  type BuildReport,
  type BuildRequest,
  buildReportSchema,
} from "./command-builder.ts";
import type { Logger } from "./log.ts";
import { onLines } from "./output-lines.ts";

export interface WarmBuilderOptions {
  /** Working directory of the server. */
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** The server restarts after a build once its RSS passes this many MiB. */
  recycleMib: number;
  /** Further driver options for every build (e.g. --cache, --now). */
  driverArgs?: readonly string[];
  /** Servers building side by side (default 1). */
  servers?: number;
  log: Logger;
}

/**
 * `bundle`: the page modules the build took from earlier builds and those it loaded, and how many
 * of its builds reused the last build's bundle instead of bundling.
 */
type Reply = {
  id: number;
  results?: unknown;
  error?: string;
  bundle?: { reused: number; loaded: number; skipped: number };
};

interface ServerProcess {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  tail: string[];
  replies: Map<number, (reply: Reply) => void>;
}

const tailLines = 30;
const killGraceMs = 5_000;

type WarmServer = Builder & { close(): Promise<void> };

/** A pool of `options.servers` warm servers: a batch goes to the least busy, the first first. */
export function createWarmBuilder(options: WarmBuilderOptions): WarmServer {
  const count = options.servers ?? 1;
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`servers must be a whole number of at least 1, not ${count}`);
  }
  const pool = Array.from({ length: count }, (_, slot) => ({
    server: createWarmServer(options, slot),
    building: 0,
  }));
  return {
    maxBatch: Number.POSITIVE_INFINITY,
    async build(request) {
      const least = Math.min(...pool.map((member) => member.building));
      const slot = pool.findIndex((candidate) => candidate.building === least);
      const member = pool[slot]!;
      member.building += 1;
      options.log.info("build.assigned", { slot, offices: request.offices });
      try {
        return await member.server.build(request);
      } finally {
        member.building -= 1;
      }
    },
    async close() {
      await Promise.all(pool.map((member) => member.server.close()));
    },
  };
}

function createWarmServer(options: WarmBuilderOptions, slot: number): WarmServer {
  let server: ServerProcess | undefined;
  let closed = false;
  let nextId = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };

  function start(): ServerProcess {
    const child = spawn(
      process.execPath,
      [
        // The server collects its garbage before judging its memory limit (build-server.ts).
        "--expose-gc",
        buildServerScript,
        "--quiet",
        "--recycle-mib",
        String(options.recycleMib),
        "--server-slot",
        String(slot),
        ...(options.driverArgs ?? []),
      ],
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ["ignore", "pipe", "pipe", "ipc"],
        detached: true,
      },
    );
    options.log.info("build.server_started", { pid: child.pid, slot });
    const tail: string[] = [];
    const replies = new Map<number, (reply: Reply) => void>();
    const keep = (stream: string) => (line: string) => {
      if (line.trim() === "") return;
      tail.push(line);
      if (tail.length > tailLines) tail.shift();
      options.log.debug("build.output", { stream, line });
    };
    if (child.stdout) void onLines(child.stdout, keep("stdout"));
    if (child.stderr) void onLines(child.stderr, keep("stderr"));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
      (resolve) => {
        child.on("error", () => resolve({ code: null, signal: null }));
        // "close", not "exit": it comes after the last IPC message has been read.
        child.on("close", (code, signal) => resolve({ code, signal }));
      },
    );
    const ready = new Promise<void>((resolve, reject) => {
      child.on("message", (message: Reply & { ready?: boolean }) => {
        if (message.ready) resolve();
        else replies.get(message.id)?.(message);
      });
      void exited.then(({ code }) =>
        reject(
          new BuildError(
            `the build server exited with code ${code} before it was ready: ${tail.at(-1) ?? "no output"}`,
            tail.join("\n"),
          ),
        ),
      );
    });
    ready.catch(() => undefined);
    const started: ServerProcess = { child, ready, exited, tail, replies };
    void exited.then(({ code, signal }) => {
      options.log.info("build.server_exited", { code, signal, slot });
      if (server === started) {
        server = undefined;
        // A recycled or outdated server (exit 0) is replaced at once, warm for the next
        // publish; after a crash the next build starts one and reports what went wrong.
        if (!closed && code === 0) server = start();
      }
    });
    return started;
  }

  async function buildOnce(request: BuildRequest): Promise<BuildReport | "retry"> {
    const { offices, outRoot, signal, draftGrant, previewPath } = request;
    if (closed) throw new BuildError("aborted: the service is stopping", "");
    server ??= start();
    const current = server;
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const stop = AbortSignal.any([signal, timeout]);
    const onStop = () => {
      killGroup(current.child, "SIGTERM");
      setTimeout(() => killGroup(current.child, "SIGKILL"), killGraceMs).unref();
    };
    if (stop.aborted) onStop();
    else stop.addEventListener("abort", onStop, { once: true });
    const id = ++nextId;
    try {
      await current.ready.catch((error: unknown) => {
        if (!stop.aborted) throw error;
      });
      // The cause of a failure is this build's own output, not an earlier build's.
      current.tail.length = 0;
      const outcome = stop.aborted
        ? { exit: null }
        : await new Promise<Reply | { exit: number | null }>((resolve) => {
            current.replies.set(id, resolve);
            void current.exited.then(({ code }) => resolve({ exit: code }));
            const message = {
              id,
              offices,
              outRoot,
              ...(draftGrant ? { draftGrant } : {}),
              ...(draftGrant && previewPath ? { previewPath } : {}),
            };
            current.child.send(message, (error) => {
              if (error) resolve({ exit: null });
            });
          });
      const output = current.tail.join("\n");
      if (timeout.aborted)
        throw new BuildError(`timed out after ${options.timeoutMs / 1000} s`, output);
      if (signal.aborted) throw new BuildError("aborted: the service is stopping", output);
      if ("exit" in outcome) {
        if (outcome.exit === 0) return "retry";
        throw new BuildError(
          `the build server exited with code ${outcome.exit}: ${current.tail.at(-1) ?? "no output"}`,
          output,
        );
      }
      if (outcome.bundle) options.log.info("build.bundle_modules", { ...outcome.bundle, slot });
      if (outcome.error !== undefined) throw new BuildError(outcome.error, output);
      const report = buildReportSchema.safeParse({ results: outcome.results });
      if (!report.success) throw new BuildError("the build server sent a malformed report", output);
      return report.data;
    } finally {
      stop.removeEventListener("abort", onStop);
      current.replies.delete(id);
    }
  }

  // Loaded before the first publish needs it.
  server = start();

  return {
    maxBatch: Number.POSITIVE_INFINITY,
    build: (request) => {
      const result = queue.then(async () => {
        const first = await buildOnce(request);
        if (first !== "retry") return first;
        const second = await buildOnce(request);
        if (second !== "retry") return second;
        throw new BuildError("the build server exited twice without answering", "");
      });
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      closed = true;
      const current = server;
      server = undefined;
      if (!current) return;
      killGroup(current.child, "SIGTERM");
      const timer = setTimeout(() => killGroup(current.child, "SIGKILL"), killGraceMs);
      await current.exited;
      clearTimeout(timer);
    },
  };
}
