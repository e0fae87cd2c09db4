// At start-up: every office has its media folder, and files that lie outside every office folder
// (uploaded before media belonged to offices, or put at the root by a super admin) move into the
// folder of the one office whose entries use them. A file used by several offices, or by none,
// stays where it is (super admins only). Each file is examined once: the highest file id examined
// is kept, so later starts only look at newer files.
import type { Core } from "@strapi/strapi";
import { contentUids, officeUid } from "../documents/content-types";
import { deepPopulate, type GetModel, mediaIdsIn } from "../documents/model-walk";
import { fileUid, type OfficeMedia } from "./office-media";

export interface MediaAssignment {
  offices: number;
  moved: number;
  shared: number;
}

/** Which offices' entries use each file, from every entry of every locale and status. */
async function usersOfFiles(strapi: Core.Strapi): Promise<Map<number, Set<string>>> {
  const getModel: GetModel = (uid) => strapi.getModel(uid as never) as ReturnType<GetModel>;
  const users = new Map<number, Set<string>>();
  for (const uid of contentUids) {
    const populate = deepPopulate(getModel, uid);
    const rows = (await strapi.db.query(uid).findMany({ populate })) as Record<string, unknown>[];
    for (const row of rows) {
      const office =
        uid === officeUid
          ? String(row.documentId)
          : (row.office as { documentId?: string } | null)?.documentId;
      if (!office) continue;
      for (const id of mediaIdsIn(getModel, uid, row)) {
        const key = Number(id);
        users.set(key, (users.get(key) ?? new Set()).add(office));
      }
    }
  }
  return users;
}

export async function assignOfficeMedia(
  strapi: Core.Strapi,
  media: OfficeMedia,
): Promise<MediaAssignment> {
  const offices = (await strapi.db.query(officeUid).findMany({ select: ["documentId"] })) as {
    documentId: string;
  }[];
  const officeIds = [...new Set(offices.map((office) => office.documentId))];
  for (const officeId of officeIds) await media.folderOf(officeId);

  const progress = strapi.store({ type: "plugin", name: "mops", key: "media-examined-up-to" });
  const examined = Number((await progress.get({})) ?? 0);
  const files = (await strapi.db.query(fileUid).findMany({
    where: { id: { $gt: examined } },
    select: ["id", "folderPath"],
  })) as { id: number; folderPath: string }[];
  const outside: number[] = [];
  for (const file of files) {
    if (!(await media.officeOfPath(file.folderPath))) outside.push(Number(file.id));
  }

  let moved = 0;
  let shared = 0;
  if (outside.length > 0) {
    const users = await usersOfFiles(strapi);
    for (const id of outside) {
      const [only, ...others] = [...(users.get(id) ?? [])];
      if (!only) continue;
      if (others.length > 0) {
        shared += 1;
        continue;
      }
      const folder = await media.folderOf(only);
      await strapi.db.query(fileUid).update({
        where: { id },
        data: { folder: folder.id, folderPath: folder.path },
      });
      moved += 1;
    }
  }
  const last = files.reduce((max, file) => Math.max(max, Number(file.id)), examined);
  await progress.set({ value: last });
  return { offices: officeIds.length, moved, shared };
}
