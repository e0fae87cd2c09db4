// Runs the configured build command for a batch of offices. The command is an argv template:
//   {outRoot}     the directory to build into; each office must end up in {outRoot}/<slug>/
//   {offices}     the slugs, comma-separated, inside one argument
//   {offices...}  (a whole argument) the slugs as separate arguments
//   {office}      the one slug: the command builds one office at a time
// It runs without a shell, in a process group of its own, so that an abort or a timeout stops
// everything it started. The tail of its output becomes the error's cause when it fails.
// A command that builds several offices may report each one's outcome on its last stdout line,
// as site/scripts/build-offices.ts --json does: {"results":[{"office","ok","error"?}]}. Then one
// office's failure does not fail the others.
import { spawn } from "node:child_process";
import { basename } from "node:path";
import { z } from "zod";
import type { Logger } from "./log.ts";
import { onLines } from "./output-lines.ts";

export const buildReportSchema = z.object({
  results: z.array(z.object({ office: z.string(), ok: z.boolean(), error: z.string().optional() })),
});

export type BuildReport = z.infer<typeof buildReportSchema>;

function readReport(line: string): BuildReport | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const parsed = buildReportSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export class BuildError extends Error {
  override name = "BuildError";
  readonly outputTail: string;

  constructor(message: string, outputTail: string, options?: ErrorOptions) {
    super(message, options);
    this.outputTail = outputTail;
  }
}

export interface BuildRequest {
  offices: readonly string[];
  outRoot: string;
  signal: AbortSignal;
  /** A preview build's draft-read grant (warm builder only; publisher/src/preview). */
  draftGrant?: string;
  /** With `draftGrant`: the page the preview opens on (the build leaves out news it need not show). */
  previewPath?: string;
}

export interface Builder {
  /** How many offices one run may take. */
  readonly maxBatch: number;
  /** Resolves when the run succeeded or reported per office; rejects with a BuildError. */
  build(request: BuildRequest): Promise<BuildReport | undefined>;
  /** Stops what the builder keeps running between builds. */
  close?(): Promise<void>;
}

export function expandCommand(
  template: readonly string[],
  offices: readonly string[],
  outRoot: string,
): string[] {
  return template.flatMap((part) => {
    if (part === "{offices...}") return [...offices];
    return [
      part
        .replaceAll("{outRoot}", outRoot)
        .replaceAll("{offices}", offices.join(","))
        .replaceAll("{office}", offices[0] ?? ""),
    ];
  });
}

export const takesOneOffice = (template: readonly string[]) =>
  template.some((part) => part.includes("{office}"));

const tailLines = 30;
const killGraceMs = 5_000;

export function createCommandBuilder(options: {
  command: readonly string[];
  timeoutMs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  log: Logger;
}): Builder {
  return {
    maxBatch: takesOneOffice(options.command) ? 1 : Number.POSITIVE_INFINITY,
    build: ({ offices, outRoot, signal }) =>
      new Promise<BuildReport | undefined>((resolve, reject) => {
        const [program, ...args] = expandCommand(options.command, offices, outRoot);
        if (!program) {
          reject(new BuildError("the build command is empty", ""));
          return;
        }
        const tail: string[] = [];
        let report: BuildReport | undefined;
        const child = spawn(program, args, {
          cwd: options.cwd,
          env: { ...(options.env ?? process.env), REBUILD_OUT_ROOT: outRoot },
          stdio: ["ignore", "pipe", "pipe"],
          detached: true,
        });
        const timeout = AbortSignal.timeout(options.timeoutMs);
        const stopSignal = AbortSignal.any([signal, timeout]);
        let killTimer: ReturnType<typeof setTimeout> | undefined;
        const killGroup = (sig: NodeJS.Signals) => {
          try {
            if (child.pid) process.kill(-child.pid, sig);
          } catch {
            // Already gone.
          }
        };
        const onStop = () => {
          killGroup("SIGTERM");
          killTimer = setTimeout(() => killGroup("SIGKILL"), killGraceMs);
          killTimer.unref();
        };
        stopSignal.addEventListener("abort", onStop, { once: true });
        // A stop that came before this build started fires no "abort" event: stop it now.
        if (stopSignal.aborted) onStop();

        const keep = (line: string, stream: string) => {
          if (line.trim() === "") return;
          const reported = stream === "stdout" ? readReport(line.trim()) : undefined;
          if (reported) {
            report = reported;
            return;
          }
          tail.push(line);
          if (tail.length > tailLines) tail.shift();
          options.log.debug("build.output", { offices, stream, line });
        };
        void onLines(child.stdout, (line) => keep(line, "stdout"));
        void onLines(child.stderr, (line) => keep(line, "stderr"));

        child.on("error", (error) => {
          stopSignal.removeEventListener("abort", onStop);
          reject(new BuildError(`cannot start ${program}: ${error.message}`, "", { cause: error }));
        });
        child.on("close", (code, killedBy) => {
          stopSignal.removeEventListener("abort", onStop);
          clearTimeout(killTimer);
          const output = tail.join("\n");
          if (timeout.aborted) {
            reject(new BuildError(`timed out after ${options.timeoutMs / 1000} s`, output));
          } else if (signal.aborted) {
            reject(new BuildError("aborted: the service is stopping", output));
          } else if (code === 0 || (code === 1 && report)) {
            resolve(report);
          } else {
            const how = killedBy ? `was killed by ${killedBy}` : `exited with code ${code}`;
            const last = tail.at(-1);
            reject(new BuildError(`${basename(program)} ${how}${last ? `: ${last}` : ""}`, output));
          }
        });
      }),
  };
}
