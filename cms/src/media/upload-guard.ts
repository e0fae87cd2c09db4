// Wraps the upload plugin's services (through the plugin extension, src/extensions/upload) so that
// every way a file enters the media library passes the same checks, for everyone: its contents
// must be a kind the offices publish (judge-upload.ts), a replacement must be the same kind as the
// file it replaces, and "upload from URL" reaches public addresses only (public-url-fetch.ts).
// For an office editor, files go into and move within their offices' folders only, and file
// lists hold their offices' files only (applied after Strapi sanitised the query).
import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { accessMessages, refusal } from "../access/access-messages";
import { currentActor } from "../access/actor";
import { createDocumentStore } from "../documents/document-store";
import { judgeUpload, UploadRefusedError } from "./judge-upload";
import { createOfficeMedia, filesUnder, fileUid } from "./office-media";
import { fetchPublicUrl, UrlRefusedError } from "./public-url-fetch";

interface IncomingFile {
  filepath: string;
  originalFilename?: string;
  name?: string;
  mimetype?: string;
  detectedMimeType?: string;
}

type FileInfo = Record<string, unknown> & { folder?: unknown };
type Query = Record<string, unknown> & { filters?: unknown };

export interface UploadService {
  upload(
    input: { data: Record<string, unknown>; files: unknown },
    opts?: unknown,
  ): Promise<unknown>;
  replace(
    id: unknown,
    input: { data: Record<string, unknown>; file: unknown },
    opts?: unknown,
  ): Promise<unknown>;
  updateFileInfo(id: unknown, fileInfo: FileInfo, opts?: unknown): Promise<unknown>;
  findPage(query?: Query): Promise<unknown>;
  findMany(query?: Query): Promise<unknown>;
}

export interface FileService {
  fetchUrlToInputFile(
    url: string,
    directory: string,
    sizeLimit?: number,
    onProgress?: (progress: { bytesWritten: number; totalBytes: number | null }) => void,
  ): Promise<{ file: unknown }>;
}

const listOf = <T>(value: T | T[] | undefined): T[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

async function judged(file: IncomingFile): Promise<void> {
  const name = file.originalFilename ?? file.name ?? "plik";
  try {
    const judgement = await judgeUpload(file.filepath, name);
    file.originalFilename = judgement.fileName;
    file.mimetype = judgement.mime;
    file.detectedMimeType = judgement.mime;
  } catch (error) {
    if (error instanceof UploadRefusedError) throw new errors.ValidationError(error.message);
    throw error;
  }
}

export function uploadGuard(strapi: Core.Strapi) {
  const media = createOfficeMedia(strapi);
  const store = createDocumentStore(strapi);

  /** The calling editor's offices and their folder paths; `undefined` for anyone else. */
  async function editorScope() {
    const actor = currentActor(strapi);
    if (actor.kind !== "editor") return undefined;
    const offices = await store.officesEditedBy(actor.email);
    return { offices, roots: await media.rootsOf(offices) };
  }

  /** Where an editor's file may go: a folder of theirs, by default their one office's folder. */
  async function editorFolder(folder: unknown, scope: { offices: string[]; roots: string[] }) {
    if (folder === undefined || folder === null || folder === "") {
      const [only, ...others] = scope.offices;
      if (only && others.length === 0) return (await media.folderOf(only)).id;
      throw refusal(accessMessages.mediaRoot);
    }
    if (await media.folderInOffices(folder, scope.offices)) return Number(folder);
    throw refusal(accessMessages.mediaRoot);
  }

  async function placed(
    fileInfo: FileInfo | undefined,
    always: boolean,
  ): Promise<FileInfo | undefined> {
    const scope = await editorScope();
    if (!scope || (!always && (fileInfo === undefined || !("folder" in fileInfo)))) return fileInfo;
    return { ...fileInfo, folder: await editorFolder(fileInfo?.folder, scope) };
  }

  async function scoped(query: Query = {}): Promise<Query> {
    const scope = await editorScope();
    if (!scope) return query;
    const own = scope.roots.length > 0 ? filesUnder(scope.roots) : { id: { $null: true } };
    return { ...query, filters: query.filters ? { $and: [query.filters, own] } : own };
  }

  return {
    upload(service: UploadService): UploadService {
      return {
        ...service,
        async upload({ data, files }, opts) {
          const list = listOf(files as IncomingFile | IncomingFile[]);
          for (const file of list) await judged(file);
          // One file info per file, each placed (Strapi pairs them by index).
          const infos = listOf(data.fileInfo as FileInfo | FileInfo[] | undefined);
          const placedInfos = await Promise.all(list.map((_, i) => placed(infos[i] ?? {}, true)));
          const fileInfo =
            Array.isArray(data.fileInfo) || list.length > 1 ? placedInfos : placedInfos[0];
          return service.upload({ data: { ...data, fileInfo }, files }, opts);
        },
        async replace(id, { data, file }, opts) {
          const incoming = file as IncomingFile;
          await judged(incoming);
          const current = (await strapi.db
            .query(fileUid)
            .findOne({ where: { id }, select: ["mime", "ext"] })) as {
            mime: string;
            ext: string;
          } | null;
          if (current && current.mime !== incoming.mimetype) {
            throw new errors.ValidationError(
              `Plik zastępczy musi być tego samego rodzaju co zastępowany (${current.ext.replace(".", "").toUpperCase()}): zamiast zastępować, dodaj nowy plik`,
            );
          }
          const fileInfo = await placed(data.fileInfo as FileInfo | undefined, false);
          return service.replace(id, { data: { ...data, fileInfo }, file }, opts);
        },
        async updateFileInfo(id, fileInfo, opts) {
          return service.updateFileInfo(id, (await placed(fileInfo, false)) ?? fileInfo, opts);
        },
        async findPage(query) {
          return service.findPage(await scoped(query));
        },
        async findMany(query) {
          return service.findMany(await scoped(query));
        },
      };
    },

    file(service: FileService): FileService {
      return {
        ...service,
        async fetchUrlToInputFile(url, directory, sizeLimit, onProgress) {
          try {
            return { file: await fetchPublicUrl(url, { directory, sizeLimit, onProgress }) };
          } catch (error) {
            if (error instanceof UrlRefusedError) throw new errors.ApplicationError(error.message);
            throw error;
          }
        },
      };
    },
  };
}
