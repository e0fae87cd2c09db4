// Plain SQL on a stopped CMS's database, for tests that set up what the CMS's own API can no
// longer write (e.g. data stored by an older version). `?` placeholders on both databases.
import { createRequire } from "node:module";
import type { CmsDatabase } from "../tooling/launcher.ts";
import { postgresSettings } from "../tooling/postgres.ts";

type Params = readonly unknown[];

export interface DatabaseSql {
  all<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T[]>;
  run(sql: string, params?: Params): Promise<void>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

export async function openDatabaseSql(database: CmsDatabase): Promise<DatabaseSql> {
  if (database.client === "sqlite") {
    const Sqlite = require("better-sqlite3") as new (
      file: string,
    ) => {
      prepare(sql: string): { all(...p: unknown[]): unknown[]; run(...p: unknown[]): unknown };
      close(): void;
    };
    const db = new Sqlite(database.filename);
    return {
      all: async <T>(sql: string, params: Params = []) => db.prepare(sql).all(...params) as T[],
      run: async (sql, params = []) => {
        db.prepare(sql).run(...params);
      },
      close: async () => db.close(),
    };
  }
  const pg = require("pg") as {
    Client: new (
      config: Record<string, unknown>,
    ) => {
      connect(): Promise<void>;
      query(sql: string, params: Params): Promise<{ rows: unknown[] }>;
      end(): Promise<void>;
    };
  };
  const client = new pg.Client({ ...postgresSettings(), database: database.name });
  await client.connect();
  let n = 0;
  const numbered = (sql: string) => {
    n = 0;
    return sql.replaceAll("?", () => `$${++n}`);
  };
  return {
    all: async <T>(sql: string, params: Params = []) =>
      (await client.query(numbered(sql), params)).rows as T[],
    run: async (sql, params = []) => {
      await client.query(numbered(sql), params);
    },
    close: () => client.end(),
  };
}
