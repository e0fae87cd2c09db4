// Media belong to offices through folders: every office has one folder at the root of the media
// library, and a file belongs to the office whose folder holds it (at any depth). Which folder is
// an office's is kept in Strapi's core store by the folder's stable `pathId`, so it survives
// renaming and moving the folder and travels with `strapi export`/`import`. An office's folder is
// created when first needed; the root itself belongs to no office (super admins only).
import type { Core } from "@strapi/strapi";
import { officeUid } from "../documents/content-types";

export const folderUid = "plugin::upload.folder";
export const fileUid = "plugin::upload.file";

export interface FolderRow {
  id: number;
  pathId: number;
  path: string;
  name: string;
}

type FolderIds = Record<string, number>;

/** Whether `path` (a file's folderPath or a folder's path) lies in the folder at `root`. */
export const isUnder = (path: string, root: string): boolean =>
  path === root || path.startsWith(`${root}/`);

/** A database filter matching files stored under any of `roots`. */
export const filesUnder = (roots: readonly string[]) => ({
  $or: roots.flatMap((root) => [{ folderPath: root }, { folderPath: { $startsWith: `${root}/` } }]),
});

// Folder creations run one at a time per Strapi instance, whichever `createOfficeMedia` asks: the
// upload plugin numbers a new folder max(pathId) + 1, so two at once (two offices' first uploads,
// the seeder importing offices in parallel) would take the same number and the second would fail
// on the unique path; the store of ids is read, changed and written back, too.
const creations = new WeakMap<Core.Strapi, Promise<unknown>>();

export function createOfficeMedia(strapi: Core.Strapi) {
  const store = strapi.store({ type: "plugin", name: "mops", key: "office-media-folders" });
  const folders = () => strapi.db.query(folderUid);

  const readIds = async (): Promise<FolderIds> => ((await store.get({})) as FolderIds | null) ?? {};

  async function folderByPathId(pathId: number | undefined): Promise<FolderRow | undefined> {
    if (pathId === undefined) return undefined;
    return ((await folders().findOne({ where: { pathId } })) as FolderRow | null) ?? undefined;
  }

  async function folderName(officeId: string): Promise<string> {
    const office = (await strapi.db.query(officeUid).findOne({
      where: { documentId: officeId, publishedAt: null, locale: "pl" },
      select: ["shortName", "slug"],
    })) as { shortName?: string; slug?: string } | null;
    const base = office?.shortName || office?.slug || officeId;
    const taken = await folders().count({ where: { name: base, parent: { id: { $null: true } } } });
    return taken === 0 ? base : `${base} (${office?.slug ?? officeId})`;
  }

  async function createFolder(officeId: string): Promise<FolderRow> {
    const existing = await folderByPathId((await readIds())[officeId]);
    if (existing) return existing;
    const service = strapi.plugin("upload").service("folder") as unknown as {
      create(data: { name: string; parent: null }): Promise<FolderRow>;
    };
    const folder = await service.create({ name: await folderName(officeId), parent: null });
    await store.set({ value: { ...(await readIds()), [officeId]: folder.pathId } });
    return folder;
  }

  return {
    /** The office's folder, created on first use (one creation at a time, see `creations`). */
    async folderOf(officeId: string): Promise<FolderRow> {
      const known = await folderByPathId((await readIds())[officeId]);
      if (known) return known;
      const creating = (creations.get(strapi) ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => createFolder(officeId));
      creations.set(strapi, creating);
      return creating;
    },

    /** Whether the file lies under one of the offices' folders (an unknown file does not). */
    async fileInOffices(id: unknown, officeIds: readonly string[]): Promise<boolean> {
      const folderPath = await this.fileFolderPath(id);
      if (folderPath === undefined) return false;
      return (await this.rootsOf(officeIds)).some((root) => isUnder(folderPath, root));
    },

    /** Whether the folder lies under one of the offices' folders (`inside`: and is not one). */
    async folderInOffices(
      id: unknown,
      officeIds: readonly string[],
      inside = false,
    ): Promise<boolean> {
      const folder = await this.folder(id);
      if (!folder) return false;
      return (await this.rootsOf(officeIds)).some((root) =>
        inside ? folder.path.startsWith(`${root}/`) : isUnder(folder.path, root),
      );
    },

    /** The folder paths of the offices' folders. */
    async rootsOf(officeIds: readonly string[]): Promise<string[]> {
      const roots: string[] = [];
      for (const officeId of officeIds) roots.push((await this.folderOf(officeId)).path);
      return roots;
    },

    /** The office whose folder holds `path` (a file's folderPath or a folder's path), if any. */
    async officeOfPath(path: string): Promise<string | undefined> {
      // A path lists the pathIds of the folders it lies in, outermost first.
      const officeByPathId = new Map(Object.entries(await readIds()).map(([o, p]) => [p, o]));
      for (const segment of path.split("/").filter(Boolean)) {
        const officeId = officeByPathId.get(Number(segment));
        if (officeId) return officeId;
      }
      return undefined;
    },

    /** Ids of the folders at or under `roots` (with `topOnly`, the folders at `roots` alone). */
    async folderIdsUnder(
      roots: readonly string[],
      options: { topOnly?: boolean } = {},
    ): Promise<Set<number>> {
      if (roots.length === 0) return new Set();
      const where = options.topOnly
        ? { path: { $in: [...roots] } }
        : { $or: roots.flatMap((root) => [{ path: root }, { path: { $startsWith: `${root}/` } }]) };
      const rows = (await folders().findMany({ where, select: ["id"] })) as { id: number }[];
      return new Set(rows.map((row) => Number(row.id)));
    },

    async folder(id: unknown): Promise<FolderRow | undefined> {
      const key = Number(id);
      if (!Number.isInteger(key)) return undefined;
      return ((await folders().findOne({ where: { id: key } })) as FolderRow | null) ?? undefined;
    },

    /** The folder path of a file; `undefined` for an unknown file. */
    async fileFolderPath(id: unknown): Promise<string | undefined> {
      const key = Number(id);
      if (!Number.isInteger(key)) return undefined;
      const file = (await strapi.db
        .query(fileUid)
        .findOne({ where: { id: key }, select: ["folderPath"] })) as { folderPath: string } | null;
      return file?.folderPath;
    },
  };
}

export type OfficeMedia = ReturnType<typeof createOfficeMedia>;
