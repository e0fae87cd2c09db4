// The Preview feature's handler (config/admin.ts): the signed link of the preview service that
// shows an entry's draft on its page of the office's site. The route that asks for it is scoped
// to the editor's offices (access/route-scopes/documents.ts, "preview-url"), so a link is only
// ever signed for an entry of the editor's own office.

import { TRANSLATED_LANGUAGES } from "@mops/shared";
import {
  isPreviewType,
  previewPagePath,
  signPreviewLink,
} from "@mops/shared/protocol/preview-signature";
import type { Core } from "@strapi/strapi";
import { officeUid } from "../documents/content-types";
import type { PreviewSettings } from "./settings";

/** How long a link stays valid: the admin asks again whenever the editor saves. */
export const previewLinkSeconds = 30 * 60;

type Row = Record<string, unknown>;

const slugOf = (value: unknown): string | null =>
  typeof value === "object" && value !== null && typeof (value as Row).slug === "string"
    ? ((value as Row).slug as string)
    : null;

/** The entry's Polish draft (the site's language), else any draft of it. */
async function draftOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<Row | null> {
  const relations = uid === officeUid ? {} : { office: { select: ["slug"] } };
  const model = strapi.getModel(uid as never) as { attributes: Record<string, unknown> };
  const extra = Object.fromEntries(
    ["department", "programme"]
      .filter((name) => name in model.attributes)
      .map((name) => [name, { select: ["slug"] }]),
  );
  const query = strapi.db.query(uid as never);
  const where = { documentId, publishedAt: null };
  const populate = { ...relations, ...extra };
  return (
    ((await query.findOne({ where: { ...where, locale: "pl" }, populate })) as Row | null) ??
    ((await query.findOne({ where, populate })) as Row | null)
  );
}

export function previewUrlHandler(settings: PreviewSettings, nowSeconds: () => number) {
  return async (
    uid: string,
    params: { documentId?: string; locale?: string | null; status?: string },
  ): Promise<string | undefined> => {
    const strapi = (globalThis as unknown as { strapi: Core.Strapi }).strapi;
    const type = uid.slice(uid.lastIndexOf(".") + 1);
    if (!uid.startsWith("api::") || !isPreviewType(type) || !params.documentId) return undefined;
    const draft = await draftOf(strapi, uid, params.documentId);
    if (!draft) return undefined;
    const office = uid === officeUid ? slugOf(draft) : slugOf(draft.office);
    if (!office) return undefined;
    const path = previewPagePath(type, {
      slug: slugOf(draft),
      department: slugOf(draft.department),
      programme: slugOf(draft.programme),
    });
    // A translation's edit view previews its language's page; the preview service falls back to
    // the Polish page where the site has none in that language.
    const language = TRANSLATED_LANGUAGES.find((candidate) => candidate === params.locale);
    const query = signPreviewLink(settings.secret, {
      office,
      type,
      documentId: params.documentId,
      path,
      ...(language ? { language } : {}),
      expires: nowSeconds() + previewLinkSeconds,
    });
    return `${settings.url}/open?${query}`;
  };
}
