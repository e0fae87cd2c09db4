// The build driver kept warm for the rebuild service: started once with an IPC channel, it loads
// Astro up front and runs each requested build inside this process (lib/astro-runner.ts), which
// saves Node's and Astro's start, about 3 s of a 4.5 s single-office rebuild, and loads the
// site's configuration once (docs/decisions.md, "The warm build server"). Each request goes
// through the same driver as the CLI (buildOffices: batches, staging, swap, per-office results).
//
//   request  {"id": 1, "offices": ["kutno"], "outRoot": "/srv/sites/releases/…"}
//            (+ "draftGrant": "…" for a preview build of the offices' drafts)
//   reply    {"id": 1, "results": [{"office", "ok", "dir", "seconds", "error"?}]}
//            {"id": 1, "error": "BuildDriverError: unknown office …"}
//
// In-process builds keep some memory each (about 40 MB here), so the server exits after a reply
// once its RSS passes --recycle-mib, and before a build when the code it runs changed on disk;
// the client (publisher/src/rebuild/warm-builder.ts) starts a fresh one.
// Usage: node site/scripts/build-server.ts [--recycle-mib <n>] [driver options: --quiet,
// --cache, --now, --batch …]; STRAPI_URL and STRAPI_TOKEN as for build-offices.ts.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildOffices, parseDriverArgs } from "./build-offices.ts";
import { inProcessAstroRunner } from "./lib/astro-runner.ts";
import { codeFingerprint } from "./lib/code-fingerprint.ts";

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = resolve(siteDir, "..");

/** Code this process has loaded outside Astro's per-build module graph. */
const LOADED_CODE = [
  "site/scripts",
  "site/astro.config.ts",
  "site/src/integrations",
  "site/src/lib",
  "shared/src",
  "site/node_modules/astro/package.json",
];

/** `draftGrant`: a preview build (publisher/src/preview) of the offices' drafts. */
export type BuildRequest = { id: number; offices: string[]; outRoot: string; draftGrant?: string };

const isBuildRequest = (message: unknown): message is BuildRequest => {
  const m = message as Partial<BuildRequest> | null;
  return (
    typeof m === "object" &&
    m !== null &&
    Number.isInteger(m.id) &&
    Array.isArray(m.offices) &&
    m.offices.length > 0 &&
    m.offices.every((office) => typeof office === "string" && office !== "") &&
    typeof m.outRoot === "string" &&
    m.outRoot !== "" &&
    (m.draftGrant === undefined || (typeof m.draftGrant === "string" && m.draftGrant !== ""))
  );
};

const send = (message: unknown): Promise<void> =>
  new Promise((resolvePromise) => process.send!(message, undefined, {}, () => resolvePromise()));

async function serve(argv: string[]): Promise<void> {
  // Its own option, then the driver's (--cache, --now, --batch, --quiet …) for every request.
  const { values, tokens } = parseArgs({
    args: argv,
    strict: false,
    tokens: true,
    options: { "recycle-mib": { type: "string", default: "1024" } },
  });
  const recycleMib = String(values["recycle-mib"]);
  const recycleBytes = Number(recycleMib) * 2 ** 20;
  if (!Number.isFinite(recycleBytes) || recycleBytes <= 0) {
    throw new Error(`--recycle-mib "${recycleMib}" is not a positive number`);
  }
  const ownArgs = new Set<number>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.name !== "recycle-mib") continue;
    ownArgs.add(token.index);
    if (!token.inlineValue) ownArgs.add(token.index + 1);
  }
  const driverArgs = argv.filter((_, index) => !ownArgs.has(index));
  const base = await parseDriverArgs(driverArgs);
  // A fixed --now / BUILD_NOW (tests, the bench) holds for every build; else each build's own.
  const fixedNow = driverArgs.includes("--now") || process.env.BUILD_NOW !== undefined;
  const runner = inProcessAstroRunner(siteDir);
  const loaded = await codeFingerprint(repoDir, LOADED_CODE);
  await import("astro");
  let busy = Promise.resolve();

  process.on("message", (message: unknown) => {
    busy = busy.then(async () => {
      if (!isBuildRequest(message)) {
        await send({
          id: -1,
          error: `BuildServerError: malformed request ${JSON.stringify(message)}`,
        });
        return;
      }
      const { id, offices, outRoot, draftGrant } = message;
      // Changed code on disk: exit without an answer; the client retries on a fresh server.
      if ((await codeFingerprint(repoDir, LOADED_CODE)) !== loaded) process.exit(0);
      try {
        const results = await buildOffices({
          ...base,
          offices,
          outRoot: resolve(outRoot),
          ...(draftGrant ? { draftGrant } : {}),
          buildNow: fixedNow ? base.buildNow : new Date().toISOString(),
          jobs: 1,
          runner,
        });
        await send({ id, results });
      } catch (error) {
        await send({
          id,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
      }
      if (process.memoryUsage().rss > recycleBytes) process.exit(0);
    });
  });
  process.on("disconnect", () => process.exit(0));
  await send({ ready: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.send) {
    console.error("build-server: start it with an IPC channel (the rebuild service does)");
    process.exit(2);
  }
  serve(process.argv.slice(2)).catch((error: unknown) => {
    console.error(
      `build-server: ${error instanceof Error ? `${error.name}: ${error.message}` : error}`,
    );
    process.exit(2);
  });
}
