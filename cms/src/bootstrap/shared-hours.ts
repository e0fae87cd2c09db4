// Schedules stored while each language version held its own copy of the hours (before the hours
// were one copy for every language, docs/decisions.md "Hours: one copy, texts translated"): a
// translation had its own rules, seasons and exceptions, with its notes translated in place. At
// start-up each such translation keeps its texts as `hoursTranslations` (paired by position with
// the Polish hours) and then gets the Polish hours, through the sync Strapi's i18n plugin runs
// after every write. Idempotent: a document whose languages hold the same hours is left alone.
import { isDeepStrictEqual } from "node:util";
import { type HoursTranslations, hoursTranslationsBetween } from "@mops/shared";
import type { Core } from "@strapi/strapi";
import { type HoursRow, scheduleHoursSync, scheduleUid } from "../documents/shared-fields";
import { defaultLocale } from "./locales";

type Texts = { note?: string | null; reason?: string | null; label?: string | null };
type Row = HoursRow & {
  hoursTranslations?: HoursTranslations | null;
  rules?: Texts[] | null;
  seasons?: (Texts & { rules?: Texts[] | null })[] | null;
  exceptions?: Texts[] | null;
};

/** Shares the Polish hours with every translation that holds its own; returns the documents changed. */
export async function shareScheduleHours(strapi: Core.Strapi): Promise<number> {
  const sync = scheduleHoursSync(strapi);
  const query = strapi.db.query(scheduleUid as never);
  const translated = (await query.findMany({
    where: { locale: { $ne: defaultLocale } },
    select: ["documentId"],
  })) as { documentId: string }[];
  let changed = 0;
  for (const documentId of new Set(translated.map((row) => row.documentId))) {
    const rows = (await query.findMany({
      where: { documentId },
      populate: sync.populate(),
    })) as Row[];
    let touched = false;
    for (const published of [false, true]) {
      const inStatus = rows.filter((row) => (row.publishedAt !== null) === published);
      const polish = inStatus.find((row) => row.locale === defaultLocale);
      if (!polish) continue;
      const own = inStatus.filter(
        (row) =>
          row.locale !== defaultLocale && !isDeepStrictEqual(sync.hours(row), sync.hours(polish)),
      );
      if (own.length === 0) continue;
      for (const row of own) {
        const texts = { ...hoursTranslationsBetween(polish, row), ...row.hoursTranslations };
        await query.update({ where: { id: row.id }, data: { hoursTranslations: texts } });
      }
      await sync.copyToOtherLocales(polish);
      touched = true;
    }
    if (touched) changed += 1;
  }
  return changed;
}
