// Schedules stored while each language held its own copy of the hours: Kraśnik's Ukrainian
// schedule with its notes translated in place, no `hoursTranslations` and a closing time of its
// own, written into the database of a stopped CMS. At the next start the Ukrainian version keeps
// its notes as translations and shows the Polish hours.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Schedule, scheduleSchema } from "@mops/shared";
import { loadOfficeTranslations } from "@mops/shared/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentApi, contentManager, type Entry } from "../test-support/cms-client.ts";
import { openDatabaseSql } from "../test-support/database-sql.ts";
import {
  type StrapiDatabase,
  type StrapiProcess,
  startStrapi,
} from "../test-support/strapi-process.ts";
import { createPostgresDatabase, dropPostgresDatabase } from "../tooling/postgres.ts";
import { cmsInstances } from "./cms-instances.ts";

const fixture = loadOfficeTranslations("krasnik").uk!.schedules[0]!.schedule;
const ukNotes = (fixture.rules ?? []).map((rule) => rule.note ?? null);

const times = (entry: Schedule) => entry.rules.map(({ note: _note, ...rule }) => rule);

describe.each(cmsInstances().map((cms) => [cms.database] as const))(
  "schedules stored with hours per language, on %s",
  (database) => {
    const work = mkdtempSync(path.join(tmpdir(), "mops-hours-"));
    let cms: StrapiProcess;
    let db: StrapiDatabase;
    let documentId = "";
    let polishNotes: (string | null)[] = [];

    beforeAll(async () => {
      db =
        database === "postgres"
          ? { client: "postgres", name: await createPostgresDatabase() }
          : { client: "sqlite", filename: path.join(work, "cms.db") };
      const first = await startStrapi({ existingDatabase: db });
      try {
        const [entry] = await contentApi(first.url, first.readToken).all(
          "schedules",
          `filters[office][slug][$eq]=krasnik&filters[label][$eq]=${encodeURIComponent(fixture.label ?? "")}&locale=uk`,
        );
        documentId = entry!.documentId;
      } finally {
        await first.stop();
      }
      const sql = await openDatabaseSql(db);
      try {
        const rulesOf = (locale: string) =>
          sql.all<{ id: number; note: string | null; published: number }>(
            `select c.id, c.note, case when s.published_at is null then 0 else 1 end as published
             from components_schedule_rule c
             join schedules_cmps j on j.cmp_id = c.id and j.component_type = 'schedule.rule' and j.field = 'rules'
             join schedules s on s.id = j.entity_id
             where s.document_id = ? and s.locale = ? order by s.id, j."order"`,
            [documentId, locale],
          );
        polishNotes = (await rulesOf("pl")).filter((r) => r.published === 0).map((r) => r.note);
        const ukRules = await rulesOf("uk");
        for (const published of [0, 1]) {
          const rules = ukRules.filter((rule) => rule.published === published);
          expect(rules).toHaveLength(ukNotes.length);
          for (const [i, rule] of rules.entries()) {
            await sql.run("update components_schedule_rule set note = ? where id = ?", [
              ukNotes[i],
              rule.id,
            ]);
          }
          // A closing time the Polish version does not have: the Polish hours win.
          await sql.run("update components_schedule_rule set closes = ? where id = ?", [
            "23:00:00",
            rules[0]!.id,
          ]);
        }
        await sql.run(
          "update schedules set hours_translations = null where document_id = ? and locale = ?",
          [documentId, "uk"],
        );
      } finally {
        await sql.close();
      }
      cms = await startStrapi({ existingDatabase: db, seed: false });
    }, 300_000);

    afterAll(async () => {
      await cms?.stop();
      if (db?.client === "postgres") await dropPostgresDatabase(db.name);
      rmSync(work, { recursive: true, force: true });
    });

    const published = async (locale: string) =>
      scheduleSchema.parse(
        (
          await contentApi(cms.url, cms.readToken).get<{ data: unknown }>(
            `schedules/${documentId}?locale=${locale}`,
          )
        ).body.data,
      );

    it("shows the Ukrainian notes on the Polish hours", async () => {
      const [pl, uk] = [await published("pl"), await published("uk")];
      expect(times(uk)).toEqual(times(pl));
      expect(uk.rules.map((rule) => rule.note ?? null)).toEqual(ukNotes);
      expect(pl.rules.map((rule) => rule.note ?? null)).toEqual(polishNotes);
    });

    it("keeps the notes as translations of the Polish ones in the draft", async () => {
      const admin = contentManager(cms.url, cms.adminToken, "uk");
      const draft = (await admin.findOne<{ data: Entry }>("api::schedule.schedule", documentId))
        .body.data;
      const expected = Object.fromEntries(
        polishNotes.flatMap((note, i) => (note && ukNotes[i] ? [[note, ukNotes[i]]] : [])),
      );
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      expect(draft.hoursTranslations).toEqual(expected);
      expect((draft.rules as { note: string | null }[]).map((rule) => rule.note)).toEqual(
        polishNotes,
      );
    });
  },
);
