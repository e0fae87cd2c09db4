// README command 1, the main job: the CMS on SQLite with the seed offices (data kept in var/cms),
// every office built and served at http://<slug>.localhost:4321/, the rebuild service wired to
// the CMS's change notifications, and the preview service the edit view frames (drafts built
// privately, never published). Ctrl-C stops every child process.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { cmsSecrets, startCms } from "@mops/cms/launcher";
import { operatorStatusToken } from "@mops/shared/protocol/signature";
import { loadMainConfig } from "./main-config.ts";
import { startPublishing } from "./pipeline.ts";
import { PORTAL_REBUILD_MINUTES } from "./portal.ts";
import { startPreview } from "./preview/start-preview.ts";
import { createLogger } from "./rebuild/log.ts";
import { fetchOfficeSlugs } from "./rebuild/offices.ts";
import { reservePort } from "./reserve-port.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const config = loadMainConfig(process.env);
const varDir = resolve(repoRoot, config.dataDir);
const secretsFile = join(varDir, "secrets.json");
const shownSecretsFile = secretsFile.startsWith(repoRoot + sep)
  ? relative(repoRoot, secretsFile)
  : secretsFile;

// Secrets are made once and kept with the data, so a second start finds the same CMS. One that a
// newer version needs (PREVIEW_SECRET) is added to an older file.
function persistentSecrets(file: string): Record<string, string> {
  const kept = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)
    : { ...cmsSecrets(), REBUILD_SECRET: randomBytes(32).toString("hex") };
  if (existsSync(file) && kept.PREVIEW_SECRET) return kept;
  const secrets = { ...kept, PREVIEW_SECRET: randomBytes(32).toString("hex") };
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}

const log = createLogger({ clock: Date, write: (line) => process.stdout.write(line) });
mkdirSync(join(varDir, "cms", "public", "uploads"), { recursive: true });
const secrets = persistentSecrets(secretsFile);

// A start that fails (a port in use, a CMS that does not come up) says why in one line.
function fail(error: unknown): never {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`main: could not start: ${message.split("\n")[0]}`);
  process.exit(1);
}

// The CMS must know the rebuild service's address before it starts, and the service starts once
// the CMS answers: the port is held until then (REBUILD_PORT=0 picks a free one).
const rebuildPort = await reservePort(config.rebuildPort, "127.0.0.1").catch(fail);
const hookUrl = `http://127.0.0.1:${rebuildPort.port}/hooks/rebuild`;
// The same for the preview service; "localhost" as the admin's, so the frame is same-site.
const previewPort = await reservePort(config.previewPort, "127.0.0.1").catch(fail);
const previewUrl = `http://localhost:${previewPort.port}`;

console.log("main: starting the CMS (the first start builds the admin panel: about a minute)");
const cms = await startCms({
  port: config.cmsPort,
  adminPanel: true,
  demoAccounts: true,
  existingDatabase: { client: "sqlite", filename: join(varDir, "cms", "data.db") },
  publicDir: join(varDir, "cms", "public"),
  timeoutMs: 600_000,
  env: { ...secrets, REBUILD_URL: hookUrl, PREVIEW_URL: previewUrl },
}).catch(fail);

await rebuildPort.release();
await previewPort.release();
const publishing = await startPublishing({
  repoRoot,
  dataDir: join(varDir, "rebuild"),
  strapiUrl: cms.url,
  strapiToken: cms.readToken,
  secret: secrets.REBUILD_SECRET!,
  rebuildPort: rebuildPort.port,
  servePort: config.servePort,
  portalDir: join(varDir, "portal"),
  log,
}).catch(async (error: unknown) => {
  await cms.stop();
  return fail(error);
});

const preview = await startPreview({
  repoRoot,
  dataDir: join(varDir, "preview"),
  strapiUrl: cms.url,
  strapiToken: cms.readToken,
  secret: secrets.PREVIEW_SECRET!,
  frameAncestors: [`http://localhost:${cms.port}`, `http://127.0.0.1:${cms.port}`],
  port: previewPort.port,
  log,
}).catch(async (error: unknown) => {
  await publishing.stop();
  await cms.stop();
  return fail(error);
});

const { slugs: offices } = await fetchOfficeSlugs(cms.url, cms.readToken);
const logins = cms.demo!;
const editors = offices.map((slug) => `    ${logins.editor(slug).email}  (${slug})`);
console.log(`
main: running. Ctrl-C stops everything.

  Admin panel   http://localhost:${cms.port}/admin
    super admin ${logins.admin.email} / ${logins.admin.password}
    office editors, password ${logins.editor(offices[0] ?? "kutno").password}:
${editors.join("\n")}
  Content API   ${cms.url}/api, read-only token: STRAPI_READ_TOKEN in ${shownSecretsFile}
  Sites         ${publishing.indexUrl}
${offices.map((slug) => `    ${publishing.siteUrl(slug)}`).join("\n")}
  Portal        ${publishing.portalUrl} (all offices; rebuilt after publishes, at least every ${PORTAL_REBUILD_MINUTES} minutes)
  Rebuild       ${publishing.service.url}/status (offices without a live site are building now)
    with the header  Authorization: Bearer ${operatorStatusToken(secrets.REBUILD_SECRET!)}
  Preview       ${previewUrl} (framed by the admin's edit view: "Otwórz podgląd")
`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(
    `\nmain: ${signal}: stopping the preview, the rebuild service, the static server and the CMS`,
  );
  await preview.stop();
  await publishing.stop();
  await cms.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
