// The CLI driver's way to run a job's builds: an AstroRunner over one kept child process
// (scripts/astro-worker.ts) that runs each build inside itself. The child is started for the
// first build and kept for the next; when it said it would exit (past its memory limit) or died,
// the next build starts a fresh one. A child that dies during a build fails that build with the
// tail of its error output, like a crashed `astro build` process.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { WorkerReply } from "../astro-worker.ts";
import type { AstroRun, AstroRunner } from "./astro-runner.ts";

const workerScript = fileURLToPath(new URL("../astro-worker.ts", import.meta.url));

const STDERR_TAIL = 8_000;

/**
 * The child's V8 heap limit (`--max-old-space-size`). V8 sizes its heap growth by the limit: with
 * Node's default (a share of the machine's memory) a batch of 25 offices of 238 pages grew the
 * child to about 1,000 MiB of RSS, with this limit to about 840 MiB at the same CPU time
 * (docs/benchmarks.md, session 16). A batch that needs more fails like a
 * crashed build (V8's "heap out of memory" as its cause), and the driver builds its offices one
 * by one, each in a fresh child.
 */
export const WORKER_HEAP_MIB = 768;

export interface WorkerRunner {
  run: AstroRunner;
  /** Ends the child (it exits when its channel closes) and waits for it. */
  close(): Promise<void>;
  /** Children started so far. */
  started(): number;
  /** Builds so far that reused the last build's bundle instead of bundling (bundle-reuse.ts). */
  reusedBundles(): number;
}

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<string>;
  stderr: string;
  /** Whether the current build's output is shown. */
  quiet: boolean;
  replies: Map<number, (reply: WorkerReply) => void>;
}

export interface WorkerRunnerOptions {
  /** The child restarts after a build once its RSS passes this many MiB (default: its own). */
  recycleMib?: number;
  /** The child's V8 heap limit in MiB (default WORKER_HEAP_MIB). */
  heapMib?: number;
  /** Called with a child's process id once it is ready, before it is sent a build. */
  onReady?(pid: number): void;
}

export function workerAstroRunner(
  siteDir: string,
  options: WorkerRunnerOptions = {},
): WorkerRunner {
  const recycle =
    options.recycleMib === undefined ? [] : ["--recycle-mib", `${options.recycleMib}`];
  let worker: Worker | undefined;
  let nextId = 0;
  let startedCount = 0;
  let reusedCount = 0;
  let queue: Promise<unknown> = Promise.resolve();

  function start(): Worker {
    startedCount++;
    const heap = `--max-old-space-size=${options.heapMib ?? WORKER_HEAP_MIB}`;
    const child = spawn(process.execPath, ["--expose-gc", heap, workerScript, ...recycle], {
      cwd: siteDir,
      stdio: ["ignore", "inherit", "pipe", "ipc"],
    });
    const started: Worker = {
      child,
      ready: Promise.resolve(),
      exited: Promise.resolve(""),
      stderr: "",
      quiet: true,
      replies: new Map(),
    };
    child.on("error", (error) => {
      started.stderr += `\n${error.name}: ${error.message}`;
    });
    child.stderr!.on("data", (chunk: Buffer) => {
      started.stderr = (started.stderr + chunk.toString("utf8")).slice(-STDERR_TAIL);
      if (!started.quiet) process.stderr.write(chunk);
    });
    // Its exit and the end of its error output (Node emits no "close" for a child whose channel
    // the parent closed).
    const exit = new Promise<string>((resolveExit) => {
      child.on("exit", (code, signal) => {
        if (worker === started) worker = undefined;
        resolveExit(`the astro worker exited (${signal ?? `code ${code}`})`);
      });
    });
    const stderrClosed = new Promise((resolveClosed) => child.stderr!.on("close", resolveClosed));
    started.exited = Promise.all([exit, stderrClosed]).then(([why]) => why);
    started.ready = new Promise((resolveReady, rejectReady) => {
      child.on("message", (message: { ready?: boolean } & Partial<WorkerReply>) => {
        if (message.ready) resolveReady();
        else if (typeof message.id === "number")
          started.replies.get(message.id)?.(message as WorkerReply);
      });
      void started.exited.then((why) => rejectReady(new Error(why)));
    });
    started.ready.catch(() => undefined);
    return started;
  }

  async function run(vars: Record<string, string>, quiet: boolean): Promise<AstroRun> {
    const current = worker ?? start();
    worker = current;
    current.quiet = quiet;
    const id = ++nextId;
    const failed = async (): Promise<AstroRun> => ({
      code: 1,
      log: `${current.stderr}\n${await current.exited}`,
    });
    try {
      await current.ready;
    } catch {
      return failed();
    }
    options.onReady?.(current.child.pid!);
    const reply = await new Promise<WorkerReply | undefined>((resolveReply) => {
      current.replies.set(id, resolveReply);
      void current.exited.then(() => resolveReply(undefined));
      current.child.send({ id, vars, quiet }, (error) => {
        if (error) resolveReply(undefined);
      });
    });
    current.replies.delete(id);
    if (reply === undefined) return failed();
    if (reply.exiting && worker === current) worker = undefined;
    if (reply.reusedBundle) reusedCount++;
    return { code: reply.code, log: reply.log };
  }

  return {
    run: (vars, quiet) => {
      const result = queue.then(() => run(vars, quiet));
      queue = result.catch(() => undefined);
      return result;
    },
    started: () => startedCount,
    reusedBundles: () => reusedCount,
    async close() {
      await queue;
      const current = worker;
      worker = undefined;
      if (current === undefined) return;
      if (current.child.connected) current.child.disconnect();
      await current.exited;
    },
  };
}
