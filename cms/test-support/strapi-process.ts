// Starts a real, seeded CMS as a child process for tests of any package:
//
//   const cms = await startStrapi({ port: 1341 });                      // temp SQLite file
//   const pg = await startStrapi({ port: 1342, database: "postgres" }); // fresh mops_cms_* database
//   await fetch(`${cms.url}/api/offices`, { headers: { Authorization: `Bearer ${cms.readToken}` } });
//   await cms.stop();                                                    // drops what it created
//
// The compiled CMS is shared through a cache keyed by the source hash (test-support/compiled-cms.ts);
// the admin panel is built (and served) only when `adminPanel: true`.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cmsDir, compiledCms } from "./compiled-cms.ts";
import { createPostgresDatabase, dropPostgresDatabase, postgresSettings } from "./postgres.ts";

export class StrapiProcessError extends Error {
  override name = "StrapiProcessError";
}

export interface StrapiProcessOptions {
  port: number;
  /** `sqlite` (default): a temp file; `postgres`: a new database, dropped by `stop()`. */
  database?: "sqlite" | "postgres";
  /** Use this database instead (e.g. one a backup was imported into); `stop()` leaves it. */
  existingDatabase?: StrapiDatabase;
  /** Use this public folder (uploads) instead of a temp one; `stop()` leaves it. */
  publicDir?: string;
  /** Import the fixtures on start (default true). */
  seed?: boolean;
  /** Build (once, cached) and serve the admin panel (default false). */
  adminPanel?: boolean;
  /** Fixture folder (default shared/fixtures). */
  fixturesDir?: string;
  /** Extra environment, e.g. REBUILD_URL and REBUILD_SECRET. */
  env?: Readonly<Record<string, string>>;
  /** Milliseconds to wait for a healthy CMS (default 120 s). */
  timeoutMs?: number;
}

export interface DemoLogins {
  admin: { email: string; password: string };
  /** The office editor ("Redaktor ośrodka") of an office, by office slug. */
  editor(office: string): { email: string; password: string };
}

export type StrapiDatabase =
  | { client: "sqlite"; filename: string }
  | { client: "postgres"; name: string };

export interface StrapiProcess {
  url: string;
  /** Value of the read-only API token the site build uses. */
  readToken: string;
  /** Admin API access token (Bearer) of the demo super admin. */
  adminToken: string;
  logins: DemoLogins;
  /** Logs in to the admin API; returns the Bearer token. */
  adminLogin(email: string, password: string): Promise<string>;
  database: StrapiDatabase;
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

const demo = {
  adminEmail: "admin@example.org",
  adminPassword: "MopsAdmin2026",
  editorPattern: "redaktor.{office}@example.org",
  editorPassword: "MopsRedaktor2026",
};

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
function baseEnv(workDir: string): Record<string, string> {
  return {
    ENV_PATH: path.join(workDir, "no.env"),
    NODE_ENV: "production",
    STRAPI_TELEMETRY_DISABLED: "true",
    HOST: "127.0.0.1",
    ...cmsSecrets(),
    STRAPI_READ_TOKEN_FILE: path.join(workDir, "api-token"),
    DEMO_ACCOUNTS: "true",
    DEMO_ADMIN_EMAIL: demo.adminEmail,
    DEMO_ADMIN_PASSWORD: demo.adminPassword,
    DEMO_EDITOR_EMAIL_PATTERN: demo.editorPattern,
    DEMO_EDITOR_PASSWORD: demo.editorPassword,
  };
}

/** The variables that point the CMS at `database`. */
export function databaseEnv(database: StrapiDatabase): Record<string, string> {
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

async function adminLogin(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/admin/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!response.ok || !body.data?.token) {
    throw new StrapiProcessError(`admin login of ${email} failed: ${response.status}`);
  }
  return body.data.token;
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

async function waitForHealth(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new StrapiProcessError(
        `the CMS exited (${child.exitCode ?? child.signalCode}):\n${log().slice(-6000)}`,
      );
    }
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new StrapiProcessError(
    `the CMS was not healthy within ${timeoutMs} ms:\n${log().slice(-6000)}`,
  );
}

export async function startStrapi(options: StrapiProcessOptions): Promise<StrapiProcess> {
  const workDir = mkdtempSync(path.join(tmpdir(), "mops-cms-"));
  const publicDir = options.publicDir ?? path.join(workDir, "public");
  mkdirSync(path.join(publicDir, "uploads"), { recursive: true });
  const env: Record<string, string> = {
    ...baseEnv(workDir),
    PUBLIC_DIR: publicDir,
    PORT: String(options.port),
    SEED_ON_START: String(options.seed ?? true),
    FIXTURES_DIR: options.fixturesDir ?? path.join(cmsDir, "..", "shared", "fixtures"),
  };
  const ownsDatabase = options.existingDatabase === undefined;
  const database: StrapiDatabase =
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
    child = spawn(process.execPath, [path.join(cmsDir, "test-support", "boot.ts"), distDir], {
      cwd: cmsDir,
      env: { ...childEnv, STRAPI_SERVE_ADMIN: String(options.adminPanel ?? false) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out = createWriteStream(logFile);
    child.stdout?.pipe(out, { end: false });
    child.stderr?.pipe(out, { end: false });
    const log = () => readFileSync(logFile, "utf8");
    const url = `http://127.0.0.1:${options.port}`;
    await waitForHealth(url, child, options.timeoutMs ?? 120_000, log);
    const adminToken = await adminLogin(url, demo.adminEmail, demo.adminPassword);
    const running = child;
    let stopped: Promise<void> | undefined;
    return {
      url,
      readToken: env.STRAPI_READ_TOKEN!,
      adminToken,
      logins: {
        admin: { email: demo.adminEmail, password: demo.adminPassword },
        editor: (office) => ({
          email: demo.editorPattern.replace("{office}", office),
          password: demo.editorPassword,
        }),
      },
      adminLogin: (email, password) => adminLogin(url, email, password),
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
