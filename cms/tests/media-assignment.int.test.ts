// Media that predate offices' folders (uploaded to the root of the media library, as before media
// belonged to offices) are assigned when the CMS starts: a file used by one office's entries moves
// into that office's folder; a file used by several offices, or by none, stays for super admins.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminApi, contentApi, contentManager, fileForm } from "../test-support/cms-client.ts";
import { tinyPng } from "../test-support/sample-files.ts";
import {
  type StrapiDatabase,
  type StrapiProcess,
  startStrapi,
} from "../test-support/strapi-process.ts";
import { createPostgresDatabase, dropPostgresDatabase } from "../tooling/postgres.ts";
import { cmsInstances } from "./cms-instances.ts";

const newsPost = "api::news-post.news-post";

describe.each(cmsInstances().map((cms) => [cms.database] as const))(
  "media older than office folders, on %s",
  (database) => {
    const work = mkdtempSync(path.join(tmpdir(), "mops-media-"));
    let cms: StrapiProcess;
    const ids = { krasnik: 0, shared: 0, unused: 0 };

    let db: StrapiDatabase;
    const publicDir = path.join(work, "public");

    beforeAll(async () => {
      db =
        database === "postgres"
          ? { client: "postgres", name: await createPostgresDatabase() }
          : { client: "sqlite", filename: path.join(work, "cms.db") };
      mkdirSync(path.join(publicDir, "uploads"), { recursive: true });
      const started = { existingDatabase: db, publicDir };
      const first = await startStrapi(started);
      try {
        const admin = adminApi(first.url, first.adminToken);
        const upload = async (name: string) =>
          (await admin.post<{ id: number }[]>("/upload", fileForm(name, tinyPng))).body[0]!.id;
        ids.krasnik = await upload("stare-krasnik.png");
        ids.shared = await upload("wspolne.png");
        ids.unused = await upload("nieuzywane.png");
        const reader = contentApi(first.url, first.readToken);
        const cover = async (office: string, file: number) => {
          const [post] = await reader.all("news-posts", `filters[office][slug][$eq]=${office}`);
          const reply = await contentManager(first.url, first.adminToken).update(
            newsPost,
            post!.documentId,
            {
              cover: file,
              coverAlt: "Zdjęcie z archiwum",
            },
          );
          if (reply.status !== 200) throw new Error(`cover for ${office}: ${reply.status}`);
        };
        await cover("krasnik", ids.krasnik);
        await cover("kutno", ids.shared);
        await cover("kalisz", ids.shared);
      } finally {
        await first.stop();
      }
      cms = await startStrapi({ ...started, seed: false });
    }, 300_000);

    afterAll(async () => {
      await cms?.stop();
      if (db?.client === "postgres") await dropPostgresDatabase(db.name);
      rmSync(work, { recursive: true, force: true });
    });

    const filesOf = async (office: string) => {
      const { email, password } = cms.logins.editor(office);
      const editor = adminApi(cms.url, await cms.adminLogin(email, password));
      return (
        await editor.get<{ results: { id: number }[] }>("/upload/files?pageSize=100")
      ).body.results.map((file) => file.id);
    };

    it("moves a file one office uses into that office's folder", async () => {
      expect(await filesOf("krasnik")).toContain(ids.krasnik);
      expect(await filesOf("kutno")).not.toContain(ids.krasnik);
    });

    it("leaves files used by several offices, or by none, to super admins", async () => {
      for (const office of ["kutno", "kalisz", "krasnik"]) {
        const own = await filesOf(office);
        expect(own).not.toContain(ids.shared);
        expect(own).not.toContain(ids.unused);
      }
      const admin = adminApi(cms.url, cms.adminToken);
      for (const id of [ids.shared, ids.unused]) {
        const file = await admin.get<{ folder: unknown }>(`/upload/files/${id}`);
        expect(file.body.folder).toBeNull();
      }
    });
  },
);
