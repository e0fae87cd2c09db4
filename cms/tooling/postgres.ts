// PostgreSQL for the launcher and the tests: reachable or not, and throwaway databases named
// mops_cms_<random>.
// Settings come from PGHOST, PGPORT, PGUSER and PGPASSWORD (default 127.0.0.1:5432, postgres).
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

const pg = createRequire(import.meta.url)("pg") as {
  Client: new (config: Record<string, unknown>) => PgClient;
};

export function postgresSettings() {
  return {
    host: process.env.PGHOST ?? "127.0.0.1",
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? "postgres",
    password: process.env.PGPASSWORD ?? "postgres",
  };
}

async function withAdminClient<T>(work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    ...postgresSettings(),
    database: "postgres",
    connectionTimeoutMillis: 2000,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export class PostgresUnavailableError extends Error {
  override name = "PostgresUnavailableError";
}

/** Whether a PostgreSQL server accepts our connection. */
export async function isPostgresReachable(): Promise<boolean> {
  return (await postgresProblem()) === undefined;
}

/** Why PostgreSQL cannot be used, or undefined when it answers. */
async function postgresProblem(): Promise<string | undefined> {
  try {
    await withAdminClient((client) => client.query("select 1"));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  }
}

/**
 * Throws a `PostgresUnavailableError` that says what to do when PostgreSQL does not answer: the
 * integration tests run on it as well as on SQLite, and are not run without it.
 */
export async function requirePostgres(): Promise<void> {
  const problem = await postgresProblem();
  if (problem === undefined) return;
  const { host, port, user } = postgresSettings();
  throw new PostgresUnavailableError(
    `PostgreSQL at ${host}:${port} (user ${user}) does not answer (${problem}): start it ` +
      "(./scripts/test.sh starts or installs it when it can) or point PGHOST, PGPORT, PGUSER " +
      "and PGPASSWORD at one",
  );
}

/** Creates an empty database and returns its name. */
export async function createPostgresDatabase(): Promise<string> {
  const name = `mops_cms_${randomBytes(6).toString("hex")}`;
  await withAdminClient((client) => client.query(`create database ${name}`));
  return name;
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  if (!/^mops_cms_[a-z0-9_]+$/.test(name)) throw new Error(`refusing to drop database ${name}`);
  await withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`));
}
