// The dashboard's "entries" widget: Strapi counts every document of every office with raw SQL, so
// for an office editor the counts are made here, over the editor's offices only, with Strapi's
// buckets (a document is a draft until published, "modified" when its draft changed after).
import { contentUids, officeScope } from "../../documents/content-types";
import type { Editor, KoaContext, ScopeServices } from "./scope";

interface DocumentRow {
  documentId: string;
  publishedAt: string | null;
  updatedAt: string;
}

type Bucket = "draft" | "published" | "modified";

/** Strapi's bucket of one document from all its rows (every locale, draft and published). */
export function bucketOf(rows: readonly Pick<DocumentRow, "publishedAt" | "updatedAt">[]): Bucket {
  const latest = (published: boolean) =>
    rows
      .filter((row) => (row.publishedAt !== null) === published)
      .map((row) => new Date(row.updatedAt).getTime())
      .reduce((max, time) => Math.max(max, time), Number.NEGATIVE_INFINITY);
  if (!rows.some((row) => row.publishedAt !== null)) return "draft";
  return latest(false) === latest(true) ? "published" : "modified";
}

export function dashboardScopes({ strapi }: ScopeServices) {
  return {
    "homepage-counts": async (ctx: KoaContext, _next: unknown, editor: Editor) => {
      const counts: Record<Bucket, number> = { draft: 0, published: 0, modified: 0 };
      for (const uid of contentUids) {
        const rows = (await strapi.db.query(uid).findMany({
          where: officeScope(uid, editor.offices),
          select: ["documentId", "publishedAt", "updatedAt"],
        })) as DocumentRow[];
        const byDocument = new Map<string, DocumentRow[]>();
        for (const row of rows)
          byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
        for (const documentRows of byDocument.values()) counts[bucketOf(documentRows)] += 1;
      }
      ctx.body = { data: counts };
    },
  };
}
