// Puts a fixture's file into its office's folder of the media library through the upload service
// (which judges its contents like any upload), once: a file with the same name and size already in
// that folder is reused.
import { statSync } from "node:fs";
import path from "node:path";
import type { Core } from "@strapi/strapi";
import { createOfficeMedia, fileUid } from "../media/office-media";

/** The size the media library stores: kilobytes with two decimals. */
const kilobytes = (bytes: number) => Math.round((bytes / 1000) * 100) / 100;

interface UploadedFile {
  id: number;
}

interface UploadService {
  upload(
    input: { data: { fileInfo: Record<string, unknown> }; files: Record<string, unknown> },
    options?: unknown,
  ): Promise<UploadedFile[]>;
}

export async function ensureMediaFile(
  strapi: Core.Strapi,
  officeId: string,
  filepath: string,
  alternativeText?: string,
): Promise<number> {
  const name = path.basename(filepath);
  const size = statSync(filepath).size;
  const folder = await createOfficeMedia(strapi).folderOf(officeId);
  const existing = await strapi.db
    .query(fileUid)
    .findOne({ where: { name, size: kilobytes(size), folderPath: folder.path }, select: ["id"] });
  if (existing) return Number(existing.id);
  const upload = strapi.plugin("upload").service("upload") as unknown as UploadService;
  const [file] = await upload.upload({
    data: {
      fileInfo: { name, folder: folder.id, ...(alternativeText ? { alternativeText } : {}) },
    },
    files: { filepath, originalFilename: name, mimetype: "application/octet-stream", size },
  });
  if (!file) throw new Error(`upload of ${name} returned no file`);
  return file.id;
}
