// Keeps every translation of an office's entry in that office. Strapi 5 relations are localized
// and link only entries of the same locale, so a new translation (a write with a locale the
// document does not have yet) arrives without an office; stored like that, the document would
// belong to no office and its editor would lose it. This middleware gives such a write the
// document's office, in the write's locale. When the office itself has no version in that locale
// yet, the write is refused (400) with a message that says to translate the office first, and
// nothing is saved. An explicit office in the write is left to the scope check and the rules.
import type { Core, Modules } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { isOwnedUid, officeUid } from "./content-types";
import { createDocumentStore, type Row } from "./document-store";

type Middleware = Modules.Documents.Middleware.Middleware;

interface WriteParams {
  documentId?: string;
  locale?: unknown;
  data?: Row;
}

/** Whether a relation input names an entry (not an empty `{connect:[],disconnect:[]}`). */
export function namesAnEntry(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (typeof value === "string" || typeof value === "number") return true;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value !== "object") return false;
  const input = value as { connect?: unknown; set?: unknown; documentId?: unknown; id?: unknown };
  if (input.documentId !== undefined || input.id !== undefined) return true;
  return [input.connect, input.set].some((list) => Array.isArray(list) && list.length > 0);
}

export const untranslatedOffice = (locale: string) =>
  `Ośrodek nie ma jeszcze wersji w tym języku (${locale}). Najpierw dodaj tłumaczenie ośrodka, a potem tłumacz jego wpisy.`;

export function localeOfficeMiddleware(strapi: Core.Strapi): Middleware {
  const store = createDocumentStore(strapi);
  const rows = (uid: string) => strapi.db.query(uid as never);

  return async (context, next) => {
    const uid = String(context.uid);
    const params = context.params as WriteParams;
    const locale = typeof params.locale === "string" ? params.locale : undefined;
    if (context.action !== "update" || !isOwnedUid(uid) || !params.documentId || !locale) {
      return next();
    }
    if (!params.data || namesAnEntry(params.data.office)) return next();
    const [owner] = (await store.officesOf(uid, params.documentId)).filter(Boolean);
    if (!owner) return next();
    const translated = await rows(uid).findOne({
      where: { documentId: params.documentId, locale, publishedAt: null },
      select: ["id"],
      populate: { office: { select: ["documentId"] } },
    });
    if ((translated as Row | null)?.office) return next();
    const officeInLocale = await rows(officeUid).count({ where: { documentId: owner, locale } });
    if (officeInLocale === 0) {
      const message = untranslatedOffice(locale);
      throw new errors.ValidationError(message, {
        errors: [{ path: ["office"], message, name: "ValidationError", value: null }],
      });
    }
    params.data = { ...params.data, office: owner };
    return next();
  };
}
