// Database reads the document middlewares need. They go through `strapi.db.query`, below the
// Document Service, so that they neither re-enter the middlewares nor depend on the caller.
import type { Core } from "@strapi/strapi";
import { officeUid } from "./content-types";
import { deepPopulate, type GetModel } from "./model-walk";
import type { RelationRef } from "./relation-input";

export type Row = Record<string, unknown>;

const plain = (row: unknown): Row => JSON.parse(JSON.stringify(row)) as Row;

const officeIdOf = (row: Row): string | undefined => {
  const office = row.office;
  return typeof office === "object" && office !== null && "documentId" in office
    ? String(office.documentId)
    : undefined;
};

/** Document ids named in a populated relation value (`{ documentId }` or a list of them). */
export function relatedIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list
    .map((item) =>
      typeof item === "object" && item !== null && "documentId" in item
        ? String(item.documentId)
        : undefined,
    )
    .filter((id): id is string => id !== undefined);
}

export function createDocumentStore(strapi: Core.Strapi) {
  const getModel: GetModel = (uid) => strapi.getModel(uid as never) as ReturnType<GetModel>;
  const query = (uid: string) => strapi.db.query(uid as never);

  return {
    getModel,

    /** Draft rows of a document (one per locale, or just `locale`), deep populated, as plain JSON. */
    async drafts(uid: string, documentId: string, locale?: string): Promise<Row[]> {
      const rows = await query(uid).findMany({
        where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
        populate: deepPopulate(getModel, uid),
      });
      return rows.map(plain);
    },

    /** The offices (document ids) the rows of a document belong to, every locale and status. */
    async officesOf(uid: string, documentId: string): Promise<string[]> {
      if (uid === officeUid) {
        const count = await query(uid).count({ where: { documentId } });
        return count > 0 ? [documentId] : [];
      }
      const rows = await query(uid).findMany({
        where: { documentId },
        select: ["id"],
        populate: { office: { select: ["documentId"] } },
      });
      const owners = new Set(rows.map((row) => officeIdOf(row as Row) ?? ""));
      // A translation saved without an office (before translations were kept in their office)
      // belongs to the document's office; a document with no office at all belongs to nobody.
      if (owners.size > 1) owners.delete("");
      return [...owners];
    },

    /** Whether any row of the document exists. */
    async exists(uid: string, documentId: string): Promise<boolean> {
      return (await query(uid).count({ where: { documentId } })) > 0;
    },

    /** Document ids of the referenced entries; an unknown entry id maps to nothing. */
    async documentIds(uid: string, refs: readonly RelationRef[]): Promise<Map<number, string>> {
      const ids = refs.flatMap((r) => ("id" in r ? [r.id] : []));
      if (ids.length === 0) return new Map();
      const rows = await query(uid).findMany({
        where: { id: { $in: ids } },
        select: ["id", "documentId"],
      });
      return new Map(rows.map((row) => [Number(row.id), String(row.documentId)]));
    },

    /** Office of each given document of an owned type (the first row's office). */
    async officeOfEach(uid: string, documentIds: readonly string[]): Promise<Map<string, string>> {
      if (documentIds.length === 0) return new Map();
      const rows = await query(uid).findMany({
        where: { documentId: { $in: [...documentIds] } },
        select: ["documentId"],
        populate: { office: { select: ["documentId"] } },
      });
      const offices = new Map<string, string>();
      for (const row of rows) {
        const office = officeIdOf(row as Row);
        if (office) offices.set(String(row.documentId), office);
      }
      return offices;
    },

    /** Whether another document of `uid` (in `office`, for owned types) uses `slug`. */
    async slugTaken(
      uid: string,
      slug: string,
      office: string | undefined,
      documentId: string | undefined,
    ): Promise<boolean> {
      const where: Row = { slug, ...(documentId ? { documentId: { $ne: documentId } } : {}) };
      if (uid !== officeUid) where.office = { documentId: office ?? "" };
      return (await query(uid).count({ where })) > 0;
    },

    /**
     * Slugs of other documents of `uid` in `office` that are `base` or `base-…`, every locale
     * and status (what `uniqueSlug` must avoid).
     */
    async slugsInUse(
      uid: string,
      base: string,
      office: string,
      documentId: string | undefined,
    ): Promise<Set<string>> {
      const rows = await query(uid).findMany({
        where: {
          $or: [{ slug: base }, { slug: { $startsWith: `${base}-` } }],
          office: { documentId: office },
          ...(documentId ? { documentId: { $ne: documentId } } : {}),
        },
        select: ["slug"],
      });
      return new Set(rows.map((row) => String(row.slug)));
    },

    /** Offices whose editor list (in the draft) names `email`, case-insensitive; document ids. */
    async officesEditedBy(email: string): Promise<string[]> {
      const rows = await query(officeUid).findMany({
        where: { publishedAt: null },
        select: ["documentId", "editorEmails"],
      });
      const wanted = email.trim().toLowerCase();
      const ids = rows
        .filter((row) =>
          String(row.editorEmails ?? "")
            .split(/[\s,;]+/)
            .some((address) => address.trim().toLowerCase() === wanted),
        )
        .map((row) => String(row.documentId));
      return [...new Set(ids)];
    },
  };
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;
