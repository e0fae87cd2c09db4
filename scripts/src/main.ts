// README command 1, the main job: the CMS on SQLite with the seed offices (data kept in var/cms),
// every office built and served at http://<slug>.localhost:4321/, and the rebuild service wired to
// the CMS's change notifications. Ctrl-C stops every child process.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cmsSecrets, startStrapi } from "../../cms/test-support/strapi-process.ts";
import { loadMainConfig } from "./main-config.ts";
import { createLogger } from "./rebuild/log.ts";
import { fetchOfficeSlugs } from "./rebuild/offices.ts";
import { startPublishing } from "./rebuild/pipeline.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const config = loadMainConfig(process.env);
const varDir = resolve(repoRoot, config.dataDir);

// Secrets are made once and kept with the data, so a second start finds the same CMS.
function persistentSecrets(file: string): Record<string, string> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const secrets = { ...cmsSecrets(), REBUILD_SECRET: randomBytes(32).toString("hex") };
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}

const log = createLogger({ clock: Date, write: (line) => process.stdout.write(line) });
mkdirSync(join(varDir, "cms", "public", "uploads"), { recursive: true });
const secrets = persistentSecrets(join(varDir, "secrets.json"));
const hookUrl = `http://127.0.0.1:${config.rebuildPort}/hooks/rebuild`;

// A start that fails (a port in use, a CMS that does not come up) says why in one line.
function fail(error: unknown): never {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`main: could not start: ${message.split("\n")[0]}`);
  process.exit(1);
}

console.log("main: starting the CMS (the first start builds the admin panel: about a minute)");
const cms = await startStrapi({
  port: config.cmsPort,
  adminPanel: true,
  existingDatabase: { client: "sqlite", filename: join(varDir, "cms", "data.db") },
  publicDir: join(varDir, "cms", "public"),
  timeoutMs: 600_000,
  env: { ...secrets, REBUILD_URL: hookUrl },
}).catch(fail);

const publishing = await startPublishing({
  repoRoot,
  dataDir: join(varDir, "rebuild"),
  strapiUrl: cms.url,
  strapiToken: cms.readToken,
  secret: secrets.REBUILD_SECRET!,
  rebuildPort: config.rebuildPort,
  servePort: config.servePort,
  log,
}).catch(async (error: unknown) => {
  await cms.stop();
  return fail(error);
});

const offices = await fetchOfficeSlugs(cms.url, cms.readToken);
const editors = offices.map((slug) => `    ${cms.logins.editor(slug).email}  (${slug})`);
console.log(`
main: running. Ctrl-C stops everything.

  Admin panel   http://localhost:${config.cmsPort}/admin
    super admin ${cms.logins.admin.email} / ${cms.logins.admin.password}
    office editors, password ${cms.logins.editor(offices[0] ?? "kutno").password}:
${editors.join("\n")}
  Sites         ${publishing.indexUrl}
${offices.map((slug) => `    ${publishing.siteUrl(slug)}`).join("\n")}
  Rebuild       ${publishing.service.url}/status (offices without a live site are building now)
`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\nmain: ${signal}: stopping the rebuild service, the static server and the CMS`);
  await publishing.stop();
  await cms.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
