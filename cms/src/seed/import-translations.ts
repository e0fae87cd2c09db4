// Imports the fixture translations (`translations/<office>.<language>.json`, text-only overlays over
// the Polish entries, see shared/fixtures/README.md) as locale versions of the seeded documents,
// published. The office first (its entries' translations need it), then departments, programmes,
// schedules and news posts; relations point at the same documents, in the translation's locale.
// Idempotent: a locale version that exists is left as it is.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { hoursTranslationsBetween, type ScheduleInput } from "@mops/shared";
import { overlayText, TRANSLATED_LANGUAGES } from "@mops/shared/fixtures";
import type { Core } from "@strapi/strapi";
import { defaultLocale } from "../bootstrap/locales";
import { officeUid } from "../documents/content-types";
import type { FixtureEntry, OfficeFixtureFile } from "./fixture-files";

type Row = Record<string, unknown>;
type Overlays = Partial<
  Record<"departments" | "programmes" | "schedules" | "newsPosts", Record<string, unknown>>
> & {
  office?: unknown;
};

export type TranslationCounts = { created: number; existing: number };

/** The fields of a content type a locale version holds: the localized ones. */
function localizedFields(strapi: Core.Strapi, uid: string): Set<string> {
  type Attribute = { pluginOptions?: { i18n?: { localized?: boolean } } };
  const model = strapi.getModel(uid as never) as unknown as {
    attributes: Record<string, Attribute>;
  };
  const attributes = model.attributes;
  return new Set(
    Object.entries(attributes)
      .filter(([, attribute]) => attribute.pluginOptions?.i18n?.localized === true)
      .map(([name]) => name),
  );
}

function readOverlay(dir: string, office: string, language: string): Overlays | null {
  const file = path.join(dir, "translations", `${office}.${language}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Overlays) : null;
}

/** Finds the Polish document of an entry of the office. */
async function documentOf(strapi: Core.Strapi, uid: string, where: Row): Promise<string> {
  const row = await strapi.db.query(uid as never).findOne({
    where: { ...where, locale: defaultLocale, publishedAt: null },
    select: ["documentId"],
  });
  if (!row) throw new Error(`seed: no Polish ${uid} matching ${JSON.stringify(where)}`);
  return String(row.documentId);
}

export async function importOfficeTranslations(
  strapi: Core.Strapi,
  dir: string,
  fixture: OfficeFixtureFile,
  counts: TranslationCounts,
): Promise<void> {
  const officeSlug = fixture.office.slug;
  const officeDoc = await documentOf(strapi, officeUid, { slug: officeSlug });
  const inOffice = { office: { documentId: officeDoc } };
  for (const locale of TRANSLATED_LANGUAGES) {
    const overlays = readOverlay(dir, officeSlug, locale);
    if (!overlays) continue;
    const translate = async (
      uid: string,
      documentId: string,
      base: FixtureEntry,
      overlay: unknown,
      extra: Row = {},
    ) => {
      const exists = await strapi.db.query(uid as never).count({ where: { documentId, locale } });
      if (exists > 0) {
        counts.existing += 1;
        return;
      }
      const merged = overlayText(base, overlay, `${officeSlug}.${locale}`) as Row;
      const fields = localizedFields(strapi, uid);
      const data = Object.fromEntries(Object.entries(merged).filter(([key]) => fields.has(key)));
      await strapi
        .documents(uid as never)
        .update({ documentId, locale, data: { ...data, ...extra } } as never);
      await strapi.documents(uid as never).publish({ documentId, locale } as never);
      counts.created += 1;
    };
    await translate(officeUid, officeDoc, fixture.office, overlays.office ?? {});
    const doc = (uid: string, slug: string | null | undefined) =>
      slug ? documentOf(strapi, uid, { slug, ...inOffice }) : Promise.resolve(null);
    for (const [slug, overlay] of Object.entries(overlays.departments ?? {})) {
      const base = fixture.departments.find((d) => d.slug === slug);
      if (!base) throw new Error(`seed: ${officeSlug}.${locale}: no department ${slug}`);
      await translate(
        "api::department.department",
        (await doc("api::department.department", slug))!,
        base,
        overlay,
      );
    }
    for (const [slug, overlay] of Object.entries(overlays.programmes ?? {})) {
      const base = fixture.programmes.find((p) => p.slug === slug);
      if (!base) throw new Error(`seed: ${officeSlug}.${locale}: no programme ${slug}`);
      const department = await doc("api::department.department", base.department);
      await translate(
        "api::programme.programme",
        (await doc("api::programme.programme", slug))!,
        base,
        overlay,
        { department },
      );
    }
    for (const [index, overlay] of Object.entries(overlays.schedules ?? {})) {
      const base = fixture.schedules[Number(index)];
      if (!base) throw new Error(`seed: ${officeSlug}.${locale}: no schedule ${index}`);
      const department = await doc("api::department.department", base.department);
      const programme = await doc("api::programme.programme", base.programme);
      const documentId = await documentOf(strapi, "api::schedule.schedule", {
        label: base.label,
        ...inOffice,
        department: department ? { documentId: department } : { id: { $null: true } },
        programme: programme ? { documentId: programme } : { id: { $null: true } },
      });
      // The hours are one copy for every language (Strapi copies them from Polish); the overlay's
      // translated notes become the translation's `hoursTranslations`.
      const merged = overlayText(base, overlay, `${officeSlug}.${locale}.schedules.${index}`);
      await translate("api::schedule.schedule", documentId, base, overlay, {
        department,
        programme,
        hoursTranslations: hoursTranslationsBetween(base as ScheduleInput, merged as ScheduleInput),
      });
    }
    for (const [slug, overlay] of Object.entries(overlays.newsPosts ?? {})) {
      const base = fixture.newsPosts.find((p) => p.slug === slug);
      if (!base) throw new Error(`seed: ${officeSlug}.${locale}: no news post ${slug}`);
      if (base.attachments.length > 0 || base.cover) {
        throw new Error(
          `seed: ${officeSlug}.${locale}: ${slug}: translated posts with files are not supported`,
        );
      }
      const programmes = await Promise.all(
        base.programmes.map((p) => doc("api::programme.programme", p)),
      );
      await translate(
        "api::news-post.news-post",
        (await doc("api::news-post.news-post", slug))!,
        base,
        overlay,
        { programmes },
      );
    }
  }
}
