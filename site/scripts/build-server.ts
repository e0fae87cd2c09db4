// The build driver kept warm for the rebuild service: started once with an IPC channel, it loads
// Astro up front and runs each requested build inside this process (lib/astro-runner.ts), which
// saves Node's and Astro's start, about 3 s of a 4.5 s single-office rebuild, and loads the
// site's configuration once (docs/decisions.md, "The warm build server"). Each request goes
// through the same driver as the CLI (buildOffices: batches, staging, swap, per-office results).
//
//   request  {"id": 1, "offices": ["kutno"], "outRoot": "/srv/sites/releases/…"}
//            (+ "draftGrant": "…" for a preview build of the offices' drafts, and "previewPath":
//            "/aktualnosci/…/" for the page it opens on)
//   reply    {"id": 1, "results": [{"office", "ok", "dir", "seconds", "error"?}],
//            "bundle": {"reused", "loaded", "skipped"}}   (page modules kept from earlier builds,
//            and loaded; builds that reused the last build's bundle instead of bundling)
//            {"id": 1, "error": "BuildDriverError: unknown office …"}
//
// Unchanged page modules are kept from build to build (lib/kept-bundle.ts), and a build whose
// bundle would be the same as the last one's reuses it (lib/bundle-reuse.ts); in-process builds
// still keep some memory each, so the server exits after a reply once its RSS passes
// --recycle-mib, and before a build when the code it runs changed on disk; the client
// (publisher/src/rebuild/warm-builder.ts) starts a fresh one. Several servers may run
// side by side (the client's pool): each one after the first is given its own --server-slot and
// so its own cache root inside the driver's (`.server-<slot>`), since the driver takes one lock
// per cache root.
// Usage: node [--expose-gc] site/scripts/build-server.ts [--recycle-mib <n>] [--server-slot <n>]
// [driver options: --quiet, --cache, --now, --batch …]; STRAPI_URL and STRAPI_TOKEN as for
// build-offices.ts.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { RENDERING_CODE } from "../src/lib/nightly/site-code.ts";
import { buildOffices, parseDriverArgs, stagingRoot } from "./build-offices.ts";
import { inProcessAstroRunner } from "./lib/astro-runner.ts";
import { reuseBundles } from "./lib/bundle-reuse.ts";
import { codeWatch } from "./lib/code-fingerprint.ts";
import { keepBundleModules } from "./lib/kept-bundle.ts";
import { pastMemoryLimit, recycleBytes, send } from "./lib/kept-process.ts";

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

/** `draftGrant`: a preview build (publisher/src/preview) of the offices' drafts; `previewPath`: its page. */
export type BuildRequest = {
  id: number;
  offices: string[];
  outRoot: string;
  draftGrant?: string;
  previewPath?: string;
};

const optionalText = (value: unknown): boolean =>
  value === undefined || (typeof value === "string" && value !== "");

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
    optionalText(m.draftGrant) &&
    optionalText(m.previewPath)
  );
};

/** The server's own options; every other argument is the driver's. */
const SERVER_OPTIONS = new Set(["recycle-mib", "server-slot"]);

/**
 * The cache root of a pool's server: the driver's own for the first, a folder of its own inside
 * it for each further one (a leading dot: no office slug or batch folder is named so).
 */
export function slotCacheRoot(cacheRoot: string, slot: number): string {
  return slot === 0 ? cacheRoot : join(cacheRoot, `.server-${slot}`);
}

async function serve(argv: string[]): Promise<void> {
  // Its own option, then the driver's (--cache, --now, --batch, --quiet …) for every request.
  const { values, tokens } = parseArgs({
    args: argv,
    strict: false,
    tokens: true,
    options: {
      "recycle-mib": { type: "string", default: "1024" },
      "server-slot": { type: "string", default: "0" },
    },
  });
  const limitBytes = recycleBytes(String(values["recycle-mib"]));
  const slot = Number(values["server-slot"]);
  if (!Number.isInteger(slot) || slot < 0) {
    throw new Error(`--server-slot "${values["server-slot"]}" is not a whole number`);
  }
  const ownArgs = new Set<number>();
  for (const token of tokens) {
    if (token.kind !== "option" || !SERVER_OPTIONS.has(token.name)) continue;
    ownArgs.add(token.index);
    if (!token.inlineValue) ownArgs.add(token.index + 1);
  }
  const driverArgs = argv.filter((_, index) => !ownArgs.has(index));
  const parsed = await parseDriverArgs(driverArgs);
  const base = { ...parsed, cacheRoot: slotCacheRoot(parsed.cacheRoot, slot) };
  // A fixed --now / BUILD_NOW (tests, the bench) holds for every build; else each build's own.
  const fixedNow = driverArgs.includes("--now") || process.env.BUILD_NOW !== undefined;
  const runner = inProcessAstroRunner(siteDir);
  // The page bundle's unchanged modules are kept from build to build (lib/kept-bundle.ts).
  const kept = keepBundleModules(stagingRoot);
  // A stat per file before each build; the contents are read again only when one changed.
  const fingerprint = codeWatch(repoDir, LOADED_CODE);
  const loaded = await fingerprint();
  // The version of the code that renders the pages (the pages and components are bundled afresh
  // by each build), taken before each build: a page is reused only from a build of the same
  // version (src/lib/build/page-reuse.ts).
  const renderingCode = codeWatch(repoDir, RENDERING_CODE);
  // A build whose bundle would be the last one's skips bundling (lib/bundle-reuse.ts).
  const bundles = reuseBundles(renderingCode);
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
      const { id, offices, outRoot, draftGrant, previewPath } = message;
      // Changed code on disk: exit without an answer; the client retries on a fresh server.
      if ((await fingerprint()) !== loaded) process.exit(0);
      const before = kept.counts();
      const bundlesBefore = bundles.counts();
      try {
        const results = await buildOffices({
          ...base,
          offices,
          outRoot: resolve(outRoot),
          ...(draftGrant ? { draftGrant } : {}),
          ...(previewPath ? { previewPath } : {}),
          buildNow: fixedNow ? base.buildNow : new Date().toISOString(),
          jobs: 1,
          runner,
          reusePages: await renderingCode(),
        });
        // A failed build may have left a module that threw: the next one loads its own.
        if (!results.every((result) => result.ok)) {
          kept.forget();
          bundles.forget();
        }
        const after = kept.counts();
        const bundle = {
          reused: after.reused - before.reused,
          loaded: after.loaded - before.loaded,
          skipped: bundles.counts().reused - bundlesBefore.reused,
        };
        await send({ id, results, bundle });
      } catch (error) {
        kept.forget();
        bundles.forget();
        await send({
          id,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
      }
      if (pastMemoryLimit(limitBytes)) process.exit(0);
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
