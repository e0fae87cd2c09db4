// Starts the real CMS as a child process, for the main job (README command 1), the benchmarks and
// the tests of every package:
//
//   const cms = await startCms();                                  // temp SQLite file, a free port
//   const pg = await startCms({ database: "postgres" });           // fresh mops_cms_* database
//   const demo = await startCms({ demoAccounts: true });           // + demo admin and editors
//   const auth = { Authorization: `Bearer ${cms.readToken}` };
//   await fetch(`${cms.url}/api/offices`, { headers: auth });
//   await cms.stop();                                              // drops what it created
//
// The compiled CMS is shared through a cache keyed by the source hash (compiled-cms.ts); the
// admin panel is built (and served) only when `adminPanel: true`. Port 0 (the default) lets the
// system pick a free port; the CMS reports the one it got.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cmsDir, compiledCms } from "./compiled-cms.ts";
import { type DemoLogins, demoEnv, demoLogins } from "./demo-accounts.ts";
import { createPostgresDatabase, dropPostgresDatabase, postgresSettings } from "./postgres.ts";

export { cmsDir } from "./compiled-cms.ts";
export { adminLogin, type DemoLogins } from "./demo-accounts.ts";

export class CmsProcessError extends Error {
  override name = "CmsProcessError";
}

export interface CmsOptions {
  /** TCP port on 127.0.0.1; 0 (default): a free port picked by the system. */
  port?: number;
  /** `sqlite` (default): a temp file; `postgres`: a new database, dropped by `stop()`. */
  database?: "sqlite" | "postgres";
  /** Use this database instead (e.g. one a backup was imported into); `stop()` leaves it. */
  existingDatabase?: CmsDatabase;
  /** Use this public folder (uploads) instead of a temp one; `stop()` leaves it. */
  publicDir?: string;
  /** Import the fixtures on start (default true). */
  seed?: boolean;
  /** Build (once, cached) and serve the admin panel (default false). */
  adminPanel?: boolean;
  /** Create the demo super admin and one editor per office, known passwords (default false). */
  demoAccounts?: boolean;
  /** Fixture folder (default shared/fixtures). */
  fixturesDir?: string;
  /** Extra environment, e.g. REBUILD_URL and REBUILD_SECRET. */
  env?: Readonly<Record<string, string>>;
  /** Milliseconds to wait for a healthy CMS (default 120 s). */
  timeoutMs?: number;
}

export type CmsDatabase =
  | { client: "sqlite"; filename: string }
  | { client: "postgres"; name: string };

export interface CmsProcess {
  url: string;
  port: number;
  /** Value of the read-only API token the site build uses. */
  readToken: string;
  /** The demo accounts, when `demoAccounts` asked for them. */
  demo: DemoLogins | undefined;
  database: CmsDatabase;
  /** Where the CMS keeps uploads (`<publicDir>/uploads`). */
  publicDir: string;
  /** The compiled CMS (Strapi's distDir) the process runs. */
  distDir: string;
  /** The environment the CMS runs with, to run CMS commands on the same database. */
  env: Readonly<Record<string, string>>;
  /** Everything the CMS printed so far. */
  log(): string;
  /** Stops the CMS and removes its database and files. Safe to call twice. */
  stop(): Promise<void>;
  /** Kills the CMS at once (SIGKILL: no shutdown hooks run), then removes what `stop` would. */
  kill(): Promise<void>;
}

const secret = () => randomBytes(24).toString("base64");

/** Fresh values for every secret the CMS needs, and the read-only token's value. */
export function cmsSecrets(): Record<string, string> {
  return {
    APP_KEYS: [secret(), secret()].join(","),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    STRAPI_READ_TOKEN: randomBytes(32).toString("hex"),
  };
}

/** Fresh secrets and settings for one CMS process; nothing is read from cms/.env. */
function baseEnv(workDir: string, demoAccounts: boolean): Record<string, string> {
  return {
    ENV_PATH: path.join(workDir, "no.env"),
    NODE_ENV: "production",
    STRAPI_TELEMETRY_DISABLED: "true",
    HOST: "127.0.0.1",
    ...cmsSecrets(),
    STRAPI_READ_TOKEN_FILE: path.join(workDir, "api-token"),
    ...demoEnv(demoAccounts),
  };
}

/** The variables that point the CMS at `database`. */
export function databaseEnv(database: CmsDatabase): Record<string, string> {
  if (database.client === "sqlite") {
    return { DATABASE_CLIENT: "sqlite", DATABASE_FILENAME: database.filename };
  }
  const pg = postgresSettings();
  return {
    DATABASE_CLIENT: "postgres",
    DATABASE_HOST: pg.host,
    DATABASE_PORT: String(pg.port),
    DATABASE_USERNAME: pg.user,
    DATABASE_PASSWORD: pg.password,
    DATABASE_NAME: database.name,
  };
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The port the CMS reports once it listens (tooling/boot.ts sends it over IPC). */
function reportedPort(child: ChildProcess, timeoutMs: number, log: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanUp();
      reject(new CmsProcessError(`the CMS did not listen within ${timeoutMs} ms:\n${tail(log)}`));
    }, timeoutMs);
    const onMessage = (message: unknown) => {
      const port = (message as { listening?: unknown } | null)?.listening;
      if (typeof port !== "number") return;
      cleanUp();
      resolve(port);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanUp();
      reject(new CmsProcessError(`the CMS exited (${code ?? signal}):\n${tail(log)}`));
    };
    const cleanUp = () => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

const tail = (log: () => string) => log().slice(-6000);

async function expectHealthy(url: string, log: () => string): Promise<void> {
  const response = await fetch(`${url}/_health`).catch((error: unknown) => {
    throw new CmsProcessError(`the CMS does not answer at ${url}: ${String(error)}\n${tail(log)}`);
  });
  if (response.status !== 204) {
    throw new CmsProcessError(`the CMS answered ${response.status} to /_health:\n${tail(log)}`);
  }
}

export async function startCms(options: CmsOptions = {}): Promise<CmsProcess> {
  const workDir = mkdtempSync(path.join(tmpdir(), "mops-cms-"));
  const publicDir = options.publicDir ?? path.join(workDir, "public");
  mkdirSync(path.join(publicDir, "uploads"), { recursive: true });
  const demoAccounts = options.demoAccounts ?? false;
  const env: Record<string, string> = {
    ...baseEnv(workDir, demoAccounts),
    PUBLIC_DIR: publicDir,
    PORT: String(options.port ?? 0),
    SEED_ON_START: String(options.seed ?? true),
    FIXTURES_DIR: options.fixturesDir ?? path.join(cmsDir, "..", "shared", "fixtures"),
  };
  const ownsDatabase = options.existingDatabase === undefined;
  const database: CmsDatabase =
    options.existingDatabase ??
    (options.database === "postgres"
      ? { client: "postgres", name: await createPostgresDatabase() }
      : { client: "sqlite", filename: path.join(workDir, "data.db") });
  Object.assign(env, databaseEnv(database), options.env);

  const cleanUp = async () => {
    if (ownsDatabase && database.client === "postgres") await dropPostgresDatabase(database.name);
    rmSync(workDir, { recursive: true, force: true });
  };

  const logFile = path.join(workDir, "strapi.log");
  let child: ChildProcess | undefined;
  try {
    const childEnv = { ...process.env, ...env };
    const distDir = await compiledCms({ adminPanel: options.adminPanel ?? false, env: childEnv });
    child = spawn(process.execPath, [path.join(cmsDir, "tooling", "boot.ts"), distDir], {
      cwd: cmsDir,
      env: { ...childEnv, STRAPI_SERVE_ADMIN: String(options.adminPanel ?? false) },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    const out = createWriteStream(logFile);
    child.stdout?.pipe(out, { end: false });
    child.stderr?.pipe(out, { end: false });
    const log = () => readFileSync(logFile, "utf8");
    const port = await reportedPort(child, options.timeoutMs ?? 120_000, log);
    const url = `http://127.0.0.1:${port}`;
    await expectHealthy(url, log);
    const running = child;
    let stopped: Promise<void> | undefined;
    return {
      url,
      port,
      readToken: env.STRAPI_READ_TOKEN!,
      demo: demoAccounts ? demoLogins : undefined,
      database,
      publicDir,
      distDir,
      env,
      log,
      stop() {
        stopped ??= (async () => {
          running.kill("SIGTERM");
          if (!(await waitForExit(running, 15_000))) running.kill("SIGKILL");
          await waitForExit(running, 5_000);
          out.end();
          await cleanUp();
        })();
        return stopped;
      },
      kill() {
        stopped ??= (async () => {
          running.kill("SIGKILL");
          await waitForExit(running, 15_000);
          out.end();
          await cleanUp();
        })();
        return stopped;
      },
    };
  } catch (error) {
    if (child) {
      child.kill("SIGKILL");
      await waitForExit(child, 5_000);
    }
    await cleanUp();
    throw error;
  }
}
