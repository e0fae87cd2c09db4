// Backups: `strapi export` of the seeded CMS, `strapi import` into a fresh database, and a CMS
// started on that database serves every entry, draft and published, with the same content and
// the same files.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentApi, type Entry } from "../test-support/cms-client.ts";
import { runStrapiCli } from "../test-support/cms-command.ts";
import {
  databaseEnv,
  type StrapiDatabase,
  type StrapiProcess,
  startStrapi,
} from "../test-support/strapi-process.ts";
import { createPostgresDatabase, dropPostgresDatabase } from "../tooling/postgres.ts";
import { cmsInstances } from "./cms-instances.ts";

const collections = ["offices", "departments", "schedules", "programmes", "news-posts"] as const;
const statuses = ["published", "draft"] as const;

/** An entry without database row ids, which a restore may renumber. */
function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRowIds);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "id")
      .map(([key, inner]) => [key, withoutRowIds(inner)]),
  );
}

describe.each(cmsInstances())("backup of the CMS on $database", (source) => {
  const work = mkdtempSync(path.join(tmpdir(), "mops-backup-"));
  const archive = path.join(work, "backup");
  let database: StrapiDatabase;
  let restored: StrapiProcess | undefined;

  beforeAll(async () => {
    database =
      source.database === "postgres"
        ? { client: "postgres", name: await createPostgresDatabase() }
        : { client: "sqlite", filename: path.join(work, "restored.db") };
    const publicDir = path.join(work, "public");
    mkdirSync(path.join(publicDir, "uploads"), { recursive: true });

    const exported = await runStrapiCli(["export", "--no-encrypt", "--file", archive], source.env);
    if (exported.code !== 0) throw new Error(`strapi export failed:\n${exported.output}`);
    const target = {
      ...source.env,
      ...databaseEnv(database),
      PUBLIC_DIR: publicDir,
      SEED_ON_START: "false",
    };
    const imported = await runStrapiCli(
      ["import", "--file", `${archive}.tar.gz`, "--force"],
      target,
    );
    if (imported.code !== 0) throw new Error(`strapi import failed:\n${imported.output}`);

    restored = await startStrapi({
      existingDatabase: database,
      publicDir,
      seed: false,
    });
  });

  afterAll(async () => {
    await restored?.stop();
    if (database?.client === "postgres") await dropPostgresDatabase(database.name);
    rmSync(work, { recursive: true, force: true });
  });

  const cases = collections.flatMap((collection) =>
    statuses.map((status) => ({ collection, status })),
  );

  it.each(cases)(
    "keeps every $status entry of $collection with its content",
    async ({ collection, status }) => {
      const query = `status=${status}`;
      const original = await contentApi(source.url, source.readToken).all(collection, query);
      const copy = await contentApi(restored!.url, restored!.readToken).all(collection, query);
      expect(original.length).toBeGreaterThan(0);
      expect(copy.map(withoutRowIds)).toEqual(original.map(withoutRowIds));
    },
  );

  it("keeps the uploaded files", async () => {
    const reader = contentApi(restored!.url, restored!.readToken);
    const posts = await reader.all("news-posts", "filters[office][slug][$eq]=pruszkow");
    const files = posts.flatMap((post: Entry) =>
      (post.attachments as { file: { url: string; size: number } }[]).map((a) => a.file),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const [original, copy] = await Promise.all([
        fetch(`${source.url}${file.url}`).then((r) => r.arrayBuffer()),
        fetch(`${restored!.url}${file.url}`).then((r) => r.arrayBuffer()),
      ]);
      expect(Buffer.from(copy).equals(Buffer.from(original))).toBe(true);
    }
  });
});
