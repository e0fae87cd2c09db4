// One job of the CLI driver (build-offices.ts): a child process that runs the job's `astro
// build`s inside itself, one after another, as the warm build server does (lib/astro-runner.ts,
// lib/kept-bundle.ts). A full build of many batches then starts Node and Astro and loads the
// configuration once per job instead of once per batch (docs/decisions.md, "Batches run in a
// kept process"). The driver talks to it through lib/worker-runner.ts:
//
//   ready    {"ready": true}
//   request  {"id": 1, "vars": {"OFFICES": "…", "OUT_DIR": "…", …}, "quiet": true}
//   reply    {"id": 1, "code": 0, "log": "…", "exiting": false, "reusedBundle": true}
//
// `reusedBundle`: the build took the last build's bundle instead of bundling (lib/bundle-reuse.ts).
// `exiting`: past --recycle-mib of RSS after a full garbage collection (Node never unloads the
// modules of a build's bundle that differ), it exits after this reply; the driver starts a
// fresh one for its next batch.
// Usage: node --expose-gc site/scripts/astro-worker.ts [--recycle-mib <n>] (with an IPC channel)
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { RENDERING_CODE } from "../src/lib/nightly/site-code.ts";
import { stagingRoot } from "./build-offices.ts";
import { inProcessAstroRunner } from "./lib/astro-runner.ts";
import { reuseBundles } from "./lib/bundle-reuse.ts";
import { codeWatch } from "./lib/code-fingerprint.ts";
import { keepBundleModules } from "./lib/kept-bundle.ts";
import { pastMemoryLimit, recycleBytes, send } from "./lib/kept-process.ts";

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export type WorkerRequest = { id: number; vars: Record<string, string>; quiet: boolean };
export type WorkerReply = {
  id: number;
  code: number;
  log: string;
  exiting: boolean;
  reusedBundle: boolean;
};

const isRequest = (message: unknown): message is WorkerRequest => {
  const m = message as Partial<WorkerRequest> | null;
  return (
    typeof m === "object" &&
    m !== null &&
    Number.isInteger(m.id) &&
    typeof m.quiet === "boolean" &&
    typeof m.vars === "object" &&
    m.vars !== null &&
    Object.values(m.vars).every((value) => typeof value === "string")
  );
};

async function serve(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { "recycle-mib": { type: "string", default: "2048" } },
  });
  const limitBytes = recycleBytes(values["recycle-mib"]);
  const runner = inProcessAstroRunner(siteDir);
  const kept = keepBundleModules(stagingRoot);
  // A batch whose bundle would be the last one's skips bundling (lib/bundle-reuse.ts).
  const bundles = reuseBundles(codeWatch(resolve(siteDir, ".."), RENDERING_CODE));
  await import("astro");
  let busy = Promise.resolve();
  process.on("message", (message: unknown) => {
    busy = busy.then(async () => {
      if (!isRequest(message)) {
        await send({
          id: -1,
          code: 2,
          log: "AstroWorkerError: malformed request",
          exiting: true,
          reusedBundle: false,
        } satisfies WorkerReply);
        process.exit(2);
      }
      const reusedBefore = bundles.counts().reused;
      const { code, log } = await runner(message.vars, message.quiet);
      const reusedBundle = bundles.counts().reused > reusedBefore;
      // A failed build may have left a module that threw: the next one loads its own.
      if (code !== 0) {
        kept.forget();
        bundles.forget();
      }
      const exiting = pastMemoryLimit(limitBytes);
      await send({ id: message.id, code, log, exiting, reusedBundle } satisfies WorkerReply);
      if (exiting) process.exit(0);
    });
  });
  process.on("disconnect", () => process.exit(0));
  await send({ ready: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.send) {
    console.error("astro-worker: start it with an IPC channel (build-offices.ts does)");
    process.exit(2);
  }
  serve(process.argv.slice(2)).catch((error: unknown) => {
    console.error(
      `astro-worker: ${error instanceof Error ? `${error.name}: ${error.message}` : error}`,
    );
    process.exit(2);
  });
}
