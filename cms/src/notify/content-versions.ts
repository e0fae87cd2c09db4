// Each office's content version: the id of the latest outbox row that named it ("*" for changes
// that concern every office). Bumped in the transaction of the change, read by the rebuild
// service to find offices whose live site is older than their content.
import type { Core } from "@strapi/strapi";

export const contentVersionUid = "api::content-version.content-version";

/** The key every office's version also depends on. */
export const allOffices = "*";

interface VersionRow {
  id: number;
  office: string;
  version: number;
}

export function contentVersions(strapi: Core.Strapi) {
  const rows = () => strapi.db.query(contentVersionUid as never);
  return {
    /** Raises the version of each office named (or of "*") to `version`. */
    async bump(offices: readonly string[] | "*", version: number): Promise<void> {
      for (const office of offices === "*" ? [allOffices] : offices) {
        const row = (await rows().findOne({ where: { office } })) as VersionRow | null;
        if (!row) await rows().create({ data: { office, version } });
        else if (row.version < version) {
          await rows().update({ where: { id: row.id }, data: { version } });
        }
      }
    },

    /** Every known version, by office slug (and "*"). */
    async all(): Promise<Record<string, number>> {
      const found = (await rows().findMany({ select: ["office", "version"] })) as VersionRow[];
      return Object.fromEntries(found.map((row) => [row.office, Number(row.version)]));
    },
  };
}
