// Imports the office fixtures through the Document Service (so the content rules apply), in the
// default locale, published, then their translations (import-translations.ts). Idempotent: an entry that exists is left as it is (editors' changes
// survive a second run) and only missing entries are created. Entries are recognised by slug
// within their office; schedules by label, department and programme.
import type { Core } from "@strapi/strapi";
import { defaultLocale } from "../bootstrap/locales";
import { officeUid } from "../documents/content-types";
import {
  type FixtureEntry,
  fixtureFile,
  type OfficeFixtureFile,
  readFixtureFiles,
} from "./fixture-files";
import { importOfficeTranslations } from "./import-translations";
import { ensureMediaFile } from "./media";

const uids = {
  department: "api::department.department",
  programme: "api::programme.programme",
  schedule: "api::schedule.schedule",
  newsPost: "api::news-post.news-post",
} as const;

export type SeedCounts = Record<
  "offices" | "departments" | "programmes" | "schedules" | "newsPosts" | "translations",
  {
    created: number;
    existing: number;
  }
>;

type Where = Record<string, unknown>;

interface Seeder {
  ensure(
    uid: string,
    where: Where,
    data: FixtureEntry,
  ): Promise<{ documentId: string; created: boolean }>;
}

function createSeeder(strapi: Core.Strapi): Seeder {
  return {
    async ensure(uid, where, data) {
      const existing = await strapi.db.query(uid as never).findOne({
        where: { ...where, locale: defaultLocale, publishedAt: null },
        select: ["documentId"],
      });
      if (existing) {
        const documentId = String(existing.documentId);
        const published = await strapi.db.query(uid as never).count({
          where: { documentId, locale: defaultLocale, publishedAt: { $notNull: true } },
        });
        if (published === 0) {
          await strapi
            .documents(uid as never)
            .publish({ documentId, locale: defaultLocale } as never);
        }
        return { documentId, created: false };
      }
      const created = await strapi.documents(uid as never).create({
        data,
        locale: defaultLocale,
        status: "published",
      } as never);
      return { documentId: String((created as { documentId: string }).documentId), created: true };
    },
  };
}

const emptyCounts = (): SeedCounts => ({
  offices: { created: 0, existing: 0 },
  departments: { created: 0, existing: 0 },
  programmes: { created: 0, existing: 0 },
  schedules: { created: 0, existing: 0 },
  newsPosts: { created: 0, existing: 0 },
  translations: { created: 0, existing: 0 },
});

function tally(counts: SeedCounts, key: keyof SeedCounts, created: boolean) {
  counts[key][created ? "created" : "existing"] += 1;
}

function lookup(
  ids: Map<string, string>,
  slug: string | null | undefined,
  what: string,
): string | null {
  if (slug === null || slug === undefined) return null;
  const id = ids.get(slug);
  if (!id) throw new Error(`seed: ${what} "${slug}" matches no entry of the office`);
  return id;
}

async function importOffice(
  strapi: Core.Strapi,
  seeder: Seeder,
  dir: string,
  fixture: OfficeFixtureFile,
  counts: SeedCounts,
): Promise<void> {
  const { favicon, ...officeData } = fixture.office;
  const office = await seeder.ensure(officeUid, { slug: fixture.office.slug }, officeData);
  tally(counts, "offices", office.created);
  if (office.created && favicon) {
    // The icon's file goes into the office's media folder, which exists once the office does.
    const file = await ensureMediaFile(strapi, office.documentId, fixtureFile(dir, favicon));
    const target = { documentId: office.documentId, locale: defaultLocale };
    await strapi.documents(officeUid).update({ ...target, data: { favicon: file } } as never);
    await strapi.documents(officeUid).publish(target as never);
  }
  const inOffice = { office: { documentId: office.documentId } };

  const departments = new Map<string, string>();
  for (const department of fixture.departments) {
    const result = await seeder.ensure(
      uids.department,
      { slug: department.slug, ...inOffice },
      { ...department, office: office.documentId },
    );
    departments.set(department.slug, result.documentId);
    tally(counts, "departments", result.created);
  }

  const programmes = new Map<string, string>();
  for (const programme of fixture.programmes) {
    const result = await seeder.ensure(
      uids.programme,
      { slug: programme.slug, ...inOffice },
      {
        ...programme,
        office: office.documentId,
        department: lookup(departments, programme.department, "department"),
      },
    );
    programmes.set(programme.slug, result.documentId);
    tally(counts, "programmes", result.created);
  }

  for (const schedule of fixture.schedules) {
    const department = lookup(departments, schedule.department, "department");
    const programme = lookup(programmes, schedule.programme, "programme");
    const result = await seeder.ensure(
      uids.schedule,
      {
        label: schedule.label,
        ...inOffice,
        department: department ? { documentId: department } : { id: { $null: true } },
        programme: programme ? { documentId: programme } : { id: { $null: true } },
      },
      { ...schedule, office: office.documentId, department, programme },
    );
    tally(counts, "schedules", result.created);
  }

  for (const post of fixture.newsPosts) {
    const exists = await strapi.db
      .query(uids.newsPost)
      .count({ where: { slug: post.slug, ...inOffice } });
    const media = async (file: string, alt?: string) =>
      exists > 0 ? null : ensureMediaFile(strapi, office.documentId, fixtureFile(dir, file), alt);
    const coverAlt = typeof post.coverAlt === "string" ? post.coverAlt : undefined;
    const attachments = await Promise.all(
      post.attachments.map(async (attachment) => ({
        title: attachment.title,
        file: await media(attachment.file),
      })),
    );
    const result = await seeder.ensure(
      uids.newsPost,
      { slug: post.slug, ...inOffice },
      {
        ...post,
        office: office.documentId,
        cover: post.cover ? await media(post.cover, coverAlt) : null,
        attachments,
        programmes: post.programmes.map((slug) => lookup(programmes, slug, "programme")),
      },
    );
    tally(counts, "newsPosts", result.created);
  }
}

export async function importFixtures(strapi: Core.Strapi, dir: string): Promise<SeedCounts> {
  const seeder = createSeeder(strapi);
  const counts = emptyCounts();
  for (const fixture of readFixtureFiles(dir)) {
    await importOffice(strapi, seeder, dir, fixture, counts);
    await importOfficeTranslations(strapi, dir, fixture, counts.translations);
  }
  return counts;
}

export function describeCounts(counts: SeedCounts): string {
  return Object.entries(counts)
    .map(([type, { created, existing }]) => `${type} ${created} new, ${existing} existing`)
    .join("; ");
}
