// The routes a CMS build serves, as Strapi's own router lists them (what `strapi routes:list`
// prints), read from a scratch instance of the compiled CMS on a temp SQLite database.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cmsDir } from "../tooling/compiled-cms.ts";
import { runNodeScript } from "./cms-command.ts";

export interface ListedRoute {
  methods: string[];
  path: string;
}

export async function listRoutes(
  distDir: string,
  env: Readonly<Record<string, string>>,
): Promise<ListedRoute[]> {
  const work = mkdtempSync(path.join(tmpdir(), "mops-routes-"));
  mkdirSync(path.join(work, "uploads"));
  try {
    const { code, output } = await runNodeScript(
      path.join(cmsDir, "test-support", "print-routes.ts"),
      [distDir],
      {
        ...env,
        DATABASE_CLIENT: "sqlite",
        DATABASE_FILENAME: path.join(work, "routes.db"),
        PUBLIC_DIR: work,
        STRAPI_READ_TOKEN_FILE: path.join(work, "api-token"),
        SEED_ON_START: "false",
        DEMO_ACCOUNTS: "false",
      },
    );
    if (code !== 0) throw new Error(`listing routes failed (${code}):\n${output}`);
    return output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as ListedRoute);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
