// Puts a fixture's file into the media library through the upload service, once: a file with the
// same name and size already there is reused.
import { statSync } from "node:fs";
import path from "node:path";
import type { Core } from "@strapi/strapi";

const mimeTypes: Readonly<Record<string, string>> = {
  ".pdf": "application/pdf",
  ".doc": "application/msword",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".odt": "application/vnd.oasis.opendocument.text",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
};

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
  filepath: string,
  alternativeText?: string,
): Promise<number> {
  const name = path.basename(filepath);
  const size = statSync(filepath).size;
  const existing = await strapi.db
    .query("plugin::upload.file")
    .findOne({ where: { name, size: kilobytes(size) }, select: ["id"] });
  if (existing) return Number(existing.id);
  const upload = strapi.plugin("upload").service("upload") as unknown as UploadService;
  const [file] = await upload.upload({
    data: { fileInfo: { name, ...(alternativeText ? { alternativeText } : {}) } },
    files: {
      filepath,
      originalFilename: name,
      mimetype: mimeTypes[path.extname(name).toLowerCase()] ?? "application/octet-stream",
      size,
    },
  });
  if (!file) throw new Error(`upload of ${name} returned no file`);
  return file.id;
}
