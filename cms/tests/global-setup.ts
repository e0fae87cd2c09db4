// Starts one seeded CMS on SQLite and one on PostgreSQL (required: the CMS runs on both in
// production); stops both (dropping their databases) after the run.
import type { TestProject } from "vitest/node";
import { type StrapiProcess, startStrapi } from "../test-support/strapi-process.ts";
import { requirePostgres } from "../tooling/postgres.ts";
import type { CmsInstance } from "./cms-instances.ts";

export default async function setup(project: TestProject) {
  await requirePostgres();
  const databases = ["sqlite", "postgres"] as const;

  const started: StrapiProcess[] = [];
  try {
    // One after the other: both would compile the CMS on a cold cache.
    for (const database of databases) {
      started.push(await startStrapi({ database }));
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
