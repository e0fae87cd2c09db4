// The bench's growing CMS: a fresh database, two import steps through the CMS's importer, a start
// on the grown database, and the database removed at the end. On PostgreSQL (required; the smoke
// test covers SQLite end to end).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentApi, requirePostgres } from "@mops/cms/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBenchCms, type DatabaseKind } from "./bench-cms.ts";
import { createFixtureSource } from "./fixture-writer.ts";

const kinds: DatabaseKind[] = ["postgres"];
beforeAll(() => requirePostgres());
const workRoot = mkdtempSync(join(tmpdir(), "bench-cms-"));
afterAll(() => rmSync(workRoot, { recursive: true, force: true }));

const source = createFixtureSource({
  seed: 3,
  posts: 3,
  now: new Date("2026-11-23T12:00:00+01:00"),
});

describe.each(kinds)("bench CMS on %s", (kind) => {
  it("imports in steps, counting only what each step created, and serves the grown database", async () => {
    const workDir = join(workRoot, kind);
    const cms = await createBenchCms({ kind, workDir, startTimeoutMs: 120_000 });
    try {
      const first = source.write(join(workDir, "fx-1"), 0, 1);
      const second = source.write(join(workDir, "fx-2"), 1, 2);
      const step1 = await cms.seed(first.dir);
      expect(step1).toMatchObject({ created: first.entries, existing: 0 });
      const step2 = await cms.seed(second.dir);
      expect(step2).toMatchObject({ created: second.entries, existing: 0 });
      for (const step of [step1, step2]) {
        expect(step.importSeconds).toBeGreaterThan(0);
        expect(step.wallSeconds).toBeGreaterThan(step.importSeconds);
        expect(step.memory.samples).toBeGreaterThan(0);
      }

      const running = await cms.start();
      try {
        expect(running.pid).toBeGreaterThan(0);
        const api = contentApi(running.strapi.url, running.strapi.readToken);
        const offices = await api.all("offices");
        expect(offices.map((o) => o.slug).sort()).toEqual(
          [...first.offices, ...second.offices].sort(),
        );
        const posts = await api.all("news-posts");
        expect(posts).toHaveLength(first.newsPosts + second.newsPosts);
      } finally {
        await running.stop();
      }
    } finally {
      await cms.drop();
    }
  }, 240_000);
});
