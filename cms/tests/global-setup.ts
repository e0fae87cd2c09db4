// Starts one seeded CMS on SQLite and, when PostgreSQL is reachable on 127.0.0.1:5432, one on
// PostgreSQL; stops both (dropping their databases) after the run.
import type { TestProject } from "vitest/node";
import { isPostgresReachable } from "../test-support/postgres.ts";
import { type StrapiProcess, startStrapi } from "../test-support/strapi-process.ts";
import type { CmsInstance } from "./cms-instances.ts";

export const ports = { sqlite: 1343, postgres: 1344 } as const;

export default async function setup(project: TestProject) {
  const databases: ("sqlite" | "postgres")[] = ["sqlite"];
  if (await isPostgresReachable()) databases.push("postgres");
  else
    console.warn(
      "PostgreSQL is not reachable on 127.0.0.1:5432: integration tests run on SQLite only",
    );

  const started: StrapiProcess[] = [];
  try {
    // One after the other: both would compile the CMS on a cold cache.
    for (const database of databases) {
      started.push(await startStrapi({ port: ports[database], database }));
    }
  } catch (error) {
    await Promise.all(started.map((cms) => cms.stop()));
    throw error;
  }
  const instances: CmsInstance[] = started.map((cms) => ({
    database: cms.database.client,
    url: cms.url,
    readToken: cms.readToken,
    adminToken: cms.adminToken,
    distDir: cms.distDir,
    publicDir: cms.publicDir,
    env: { ...cms.env },
  }));
  project.provide("cmsInstances", instances);
  return async () => {
    await Promise.all(started.map((cms) => cms.stop()));
  };
}
