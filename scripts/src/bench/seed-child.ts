// Child process of the bench: boots the compiled CMS (no HTTP server) on the database its
// environment names and imports one fixtures folder through the CMS's own importer (the Document
// Service, so every content rule runs), timing only the import. Prints one JSON line:
//   bench-seed-result {"seconds":12.3,"counts":{"offices":{"created":5,"existing":0},…}}
// Usage (cwd cms/, the environment of a bench CMS):
//   node seed-child.ts <distDir> <fixturesDir>
import { createRequire } from "node:module";
import path from "node:path";

interface CreatedCount {
  created: number;
  existing: number;
}

interface StrapiApp {
  load(): Promise<StrapiApp>;
  destroy(): Promise<void>;
}

interface StrapiFactory {
  createStrapi(options: { appDir: string; distDir: string; autoReload?: boolean }): StrapiApp;
}

interface Importer {
  importFixtures(app: StrapiApp, dir: string): Promise<Record<string, CreatedCount>>;
}

/** Starts the result line (Strapi logs after it on shutdown). */
const RESULT_MARKER = "bench-seed-result ";

const [distDir, fixturesDir, ...rest] = process.argv.slice(2);
if (!distDir || !fixturesDir || rest.length > 0) {
  console.error("seed-child: usage: node seed-child.ts <distDir> <fixturesDir>");
  process.exit(2);
}

const cmsDir = process.cwd();
const require = createRequire(path.join(cmsDir, "package.json"));
// The CommonJS builds: Strapi's ESM build does not resolve under Node's ESM loader.
const strapi = require("@strapi/strapi") as StrapiFactory;
const importer = require(path.join(distDir, "src", "seed", "import-fixtures.js")) as Importer;

// Once the import has finished, its writes are committed. On PostgreSQL, closing the pool then
// rejects connection requests Strapi's own background work left pending ("aborted"), promises
// nobody awaits; that must not turn a finished import into a failed one. Anything else still
// fails the child.
let imported = false;
const abortedAfterImport = (reason: unknown) =>
  imported && reason instanceof Error && reason.message === "aborted";
process.on("unhandledRejection", (reason) => {
  if (abortedAfterImport(reason)) {
    console.error("seed-child: shutdown: a pending database request was aborted");
    return;
  }
  console.error(reason);
  process.exit(1);
});

process.env.SEED_ON_START = "false";
const app = await strapi.createStrapi({ appDir: cmsDir, distDir, autoReload: false }).load();
try {
  const started = performance.now();
  const counts = await importer.importFixtures(app, path.resolve(fixturesDir));
  const seconds = (performance.now() - started) / 1000;
  imported = true;
  process.stdout.write(`\n${RESULT_MARKER}${JSON.stringify({ seconds, counts })}\n`);
} finally {
  await app.destroy().catch((error: unknown) => {
    if (!abortedAfterImport(error)) throw error;
    console.error("seed-child: shutdown: a pending database request was aborted");
  });
}
process.exit(0);
