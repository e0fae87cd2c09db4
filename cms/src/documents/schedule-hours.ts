// The hours of a schedule are one copy for every language (not localized; their texts are
// translated in `hoursTranslations`). Strapi's i18n plugin copies non-localized fields to the
// other languages after a write, but on publish it compares the new published entry with an
// arbitrary entry of the document (any language or status) and often skips the copy, so a
// published translation would keep the old hours until it is published itself. This middleware
// makes the published hours of every language the published Polish hours after any publish of a
// schedule, with the plugin's own sync (the one it runs after every write).
import type { Core, Modules } from "@strapi/strapi";
import { defaultLocale } from "../bootstrap/locales";

type Middleware = Modules.Documents.Middleware.Middleware;

export const scheduleUid = "api::schedule.schedule";

/** A schedule row with its non-localized attributes populated. */
export type HoursRow = {
  id: number;
  documentId: string;
  locale: string;
  publishedAt: string | null;
} & Record<string, unknown>;

interface I18nContentTypes {
  getNestedPopulateOfNonLocalizedAttributes(uid: string): string[];
  copyNonLocalizedAttributes(model: unknown, entry: HoursRow): Record<string, unknown>;
}
interface I18nLocalizations {
  syncNonLocalizedAttributes(entry: HoursRow, model: unknown): Promise<void>;
}

/** The i18n plugin's services for the schedule's one copy of the hours. */
export function scheduleHoursSync(strapi: Core.Strapi) {
  const i18n = strapi.plugin("i18n");
  const contentTypes = i18n.service("content-types") as unknown as I18nContentTypes;
  const localizations = i18n.service("localizations") as unknown as I18nLocalizations;
  const model = strapi.getModel(scheduleUid as never);
  return {
    /** The populate that reads every non-localized attribute, components included. */
    populate: () => contentTypes.getNestedPopulateOfNonLocalizedAttributes(scheduleUid),
    /** The non-localized attributes of a row, without ids: what must be equal in every language. */
    hours: (row: HoursRow) => contentTypes.copyNonLocalizedAttributes(model, row),
    /** Copies a row's non-localized attributes to the other languages in the same status. */
    copyToOtherLocales: (row: HoursRow) => localizations.syncNonLocalizedAttributes(row, model),
  };
}

export function publishedHoursMiddleware(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const result = await next();
    if (context.uid !== scheduleUid || context.action !== "publish") return result;
    const documentId = (context.params as { documentId?: unknown }).documentId;
    if (typeof documentId !== "string") return result;
    const sync = scheduleHoursSync(strapi);
    const polish = (await strapi.db.query(scheduleUid as never).findOne({
      where: { documentId, locale: defaultLocale, publishedAt: { $notNull: true } },
      populate: sync.populate(),
    })) as HoursRow | null;
    if (polish) await sync.copyToOtherLocales(polish);
    return result;
  };
}
