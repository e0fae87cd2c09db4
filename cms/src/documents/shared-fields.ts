// Fields that must not differ by language (a schedule's hours, slugs, dates, amounts, contact
// data) are not localized: one copy for every language. Strapi's i18n plugin copies non-localized
// fields to the other languages after a write, but on publish it compares the new published entry
// with an arbitrary entry of the document (any language or status) and often skips the copy, so a
// published translation would keep the old values until it is published itself. This middleware
// makes the published non-localized fields of every language the published Polish ones after any
// publish of one of our content types, with the plugin's own sync (the one it runs after every
// write). For schedules the texts of the hours are translated apart (`hoursTranslations`).
import type { Core, Modules } from "@strapi/strapi";
import { defaultLocale } from "../bootstrap/locales";
import { isContentUid } from "./content-types";

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

/** The i18n plugin's services for the one copy of a content type's non-localized fields. */
export function sharedFieldsSync(strapi: Core.Strapi, uid: string) {
  const i18n = strapi.plugin("i18n");
  const contentTypes = i18n.service("content-types") as unknown as I18nContentTypes;
  const localizations = i18n.service("localizations") as unknown as I18nLocalizations;
  const model = strapi.getModel(uid as never);
  return {
    /** The populate that reads every non-localized attribute, components included. */
    populate: () => contentTypes.getNestedPopulateOfNonLocalizedAttributes(uid),
    /** The non-localized attributes of a row, without ids: what must be equal in every language. */
    shared: (row: HoursRow) => contentTypes.copyNonLocalizedAttributes(model, row),
    /** Copies a row's non-localized attributes to the other languages in the same status. */
    copyToOtherLocales: (row: HoursRow) => localizations.syncNonLocalizedAttributes(row, model),
  };
}

/** The schedule's one copy of the hours (its non-localized fields). */
export function scheduleHoursSync(strapi: Core.Strapi) {
  const { shared, ...sync } = sharedFieldsSync(strapi, scheduleUid);
  return { ...sync, hours: shared };
}

/** Whether a content type is translated (i18n enabled), so its languages share fields. */
const isLocalized = (strapi: Core.Strapi, uid: string): boolean => {
  const model = strapi.getModel(uid as never) as {
    pluginOptions?: { i18n?: { localized?: boolean } };
  };
  return model?.pluginOptions?.i18n?.localized === true;
};

export function publishedSharedFieldsMiddleware(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const result = await next();
    const uid = context.uid as string;
    if (context.action !== "publish" || !isContentUid(uid) || !isLocalized(strapi, uid)) {
      return result;
    }
    const documentId = (context.params as { documentId?: unknown }).documentId;
    if (typeof documentId !== "string") return result;
    const sync = sharedFieldsSync(strapi, uid);
    const polish = (await strapi.db.query(uid as never).findOne({
      where: { documentId, locale: defaultLocale, publishedAt: { $notNull: true } },
      populate: sync.populate(),
    })) as HoursRow | null;
    if (polish) await sync.copyToOtherLocales(polish);
    return result;
  };
}
