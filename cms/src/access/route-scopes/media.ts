// Scopes of the media library's routes for an office editor: the files and folders under their
// offices' folders exist for them, nothing else does. Lists of files are narrowed in the upload
// service itself (src/media/upload-guard.ts, after Strapi's query sanitising), as are the folders
// new and moved files go to; these scopes check the ids a request names and narrow folder lists.
// Bulk actions are checked whole before anything is changed. An office's own folder can be used
// but not renamed, moved or deleted.
import { accessMessages, refusal } from "../access-messages";
import {
  bodyOf,
  type Editor,
  type KoaContext,
  listOf,
  type Next,
  type ScopeServices,
} from "./scope";

interface FolderNode {
  id: number;
  children?: FolderNode[];
}

export function mediaScopes({ media }: ScopeServices) {
  const roots = (editor: Editor) => media.rootsOf(editor.offices);

  const ownFile = (id: unknown, editor: Editor) => media.fileInOffices(id, editor.offices);
  /** `inside`: the folder lies in an office folder, not being one. */
  const ownFolder = (id: unknown, editor: Editor, inside: boolean) =>
    media.folderInOffices(id, editor.offices, inside);

  async function isOfficeFolder(id: unknown, editor: Editor): Promise<boolean> {
    const folder = await media.folder(id);
    return folder !== undefined && (await roots(editor)).includes(folder.path);
  }

  /** A folder an editor may change (rename, move, delete): one inside their offices' folders. */
  async function changeableFolder(id: unknown, editor: Editor): Promise<boolean> {
    if (await isOfficeFolder(id, editor)) throw refusal(accessMessages.officeFolder);
    return ownFolder(id, editor, true);
  }

  /** The folder a request puts things in; a missing one defaults to the editor's office folder. */
  async function targetFolder(id: unknown, editor: Editor): Promise<unknown> {
    if (id === undefined || id === null || id === "") {
      const [only, ...others] = editor.offices;
      if (only && others.length === 0) return (await media.folderOf(only)).id;
      throw refusal(accessMessages.mediaRoot);
    }
    if (await ownFolder(id, editor, false)) return id;
    throw refusal(accessMessages.mediaRoot);
  }

  return {
    /** Narrowed by the upload service. */
    "media-files": async (_ctx: KoaContext, next: Next) => next(),

    "media-file": async (ctx: KoaContext, next: Next, editor: Editor) => {
      if (!(await ownFile(ctx.params.id, editor))) return ctx.notFound();
      return next();
    },

    /** `POST /upload` uploads new files, or with `?id=` replaces or edits one. */
    "media-upload": async (ctx: KoaContext, next: Next, editor: Editor) => {
      const id = ctx.request.query.id;
      if (id !== undefined && !(await ownFile(id, editor))) return ctx.notFound();
      return next();
    },

    "media-folders": async (ctx: KoaContext, next: Next, editor: Editor) => {
      await next();
      const body = ctx.body as { data?: unknown } | undefined;
      if (!Array.isArray(body?.data)) return;
      const own = await roots(editor);
      if (!ctx.path.endsWith("/folder-structure")) {
        const ids = await media.folderIdsUnder(own);
        body.data = (body.data as FolderNode[]).filter((folder) => ids.has(folder.id));
        return;
      }
      // The folder tree: the editor's office folders wherever they are in it, with what they hold.
      const officeFolderIds = await media.folderIdsUnder(own, { topOnly: true });
      const found: FolderNode[] = [];
      const walk = (nodes: FolderNode[]) => {
        for (const node of nodes) {
          if (officeFolderIds.has(node.id)) found.push(node);
          else walk(node.children ?? []);
        }
      };
      walk(body.data as FolderNode[]);
      body.data = found;
    },

    "media-folder": async (ctx: KoaContext, next: Next, editor: Editor) => {
      const id = ctx.params.id;
      if (ctx.method === "GET" || ctx.method === "HEAD") {
        if (!(await ownFolder(id, editor, false))) return ctx.notFound();
        return next();
      }
      if (!(await changeableFolder(id, editor))) return ctx.notFound();
      const body = bodyOf(ctx);
      if ("parent" in body) body.parent = await targetFolder(body.parent, editor);
      return next();
    },

    "media-folder-create": async (ctx: KoaContext, next: Next, editor: Editor) => {
      const body = bodyOf(ctx);
      body.parent = await targetFolder(body.parent, editor);
      return next();
    },

    /** bulk-delete, bulk-move ({ fileIds, folderIds, destinationFolderId }), bulk-update. */
    "media-bulk": async (ctx: KoaContext, next: Next, editor: Editor) => {
      const body = bodyOf(ctx);
      const updates = listOf(body.updates) as {
        id?: unknown;
        fileInfo?: Record<string, unknown>;
      }[];
      const fileIds = [...listOf(body.fileIds), ...updates.map((update) => update.id)];
      for (const id of fileIds) if (!(await ownFile(id, editor))) return ctx.notFound();
      for (const id of listOf(body.folderIds)) {
        if (!(await changeableFolder(id, editor))) return ctx.notFound();
      }
      if ("destinationFolderId" in body) {
        body.destinationFolderId = await targetFolder(body.destinationFolderId, editor);
      }
      for (const update of updates) {
        if (update.fileInfo && "folder" in update.fileInfo) {
          update.fileInfo.folder = await targetFolder(update.fileInfo.folder, editor);
        }
      }
      return next();
    },
  };
}
