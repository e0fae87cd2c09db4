// Backups: `strapi export` of the seeded CMS, `strapi import` into a fresh database, and a CMS
// started on that database serves every entry, draft and published, with the same content and
// the same files.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApi, contentApi, contentManager, type Entry } from "../test-support/cms-client.ts";
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

/**
 * Keys a restore does not keep: database row ids, which it may renumber, and the links to the
 * admin accounts that created or last changed an entry (`strapi export` leaves admin users out,
 * so those links are empty after an import; office membership lives in `editorEmails`).
 */
const notRestored = new Set(["id", "createdBy", "updatedBy"]);

/** An entry without the keys a restore does not keep. */
function withoutUnrestoredKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUnrestoredKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !notRestored.has(key))
      .map(([key, inner]) => [key, withoutUnrestoredKeys(inner)]),
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

  /** Every entry of a collection as REST publishes it, or every draft as the admin edits it. */
  async function entries(
    cms: { url: string; readToken: string; adminToken: string },
    collection: string,
    status: string,
  ) {
    if (status === "published") return contentApi(cms.url, cms.readToken).all(collection);
    const admin = contentManager(cms.url, cms.adminToken);
    const uid = `api::${collection.replace(/s$/, "")}.${collection.replace(/s$/, "")}`;
    const listed = (await admin.list(uid)).body.results.map((entry) => entry.documentId).sort();
    const drafts: unknown[] = [];
    for (const documentId of listed) drafts.push((await admin.findOne(uid, documentId)).body.data);
    return drafts;
  }

  it.each(cases)(
    "keeps every $status entry of $collection with its content",
    async ({ collection, status }) => {
      const original = await entries(source, collection, status);
      const copy = await entries(restored!, collection, status);
      expect(original.length).toBeGreaterThan(0);
      expect(copy.map(withoutUnrestoredKeys)).toEqual(original.map(withoutUnrestoredKeys));
    },
  );

  it("keeps each office's editors and media folder", async () => {
    const [kutno] = await contentApi(restored!.url, restored!.readToken).all(
      "offices",
      "filters[slug][$eq]=kutno",
    );
    const office = await contentManager(restored!.url, restored!.adminToken).findOne(
      "api::office.office",
      kutno!.documentId,
    );
    expect(String(office.body.data.editorEmails)).toContain("redaktor.kutno@example.org");
    const { email, password } = restored!.logins.editor("pruszkow");
    const editor = adminApi(restored!.url, await restored!.adminLogin(email, password));
    const files = await editor.get<{ results: { name: string }[] }>("/upload/files?pageSize=100");
    expect(files.body.results.map((file) => file.name)).toContain(
      "porozumienie-wolontarystyczne.pdf",
    );
    const folders = await editor.get<{ data: { name: string }[] }>("/upload/folders");
    expect(folders.body.data.map((folder) => folder.name)).toEqual(["MOPS Pruszków"]);
  });

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
