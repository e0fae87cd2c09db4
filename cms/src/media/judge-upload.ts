// Decides whether an uploaded file is accepted, by its contents: file-type reads its magic bytes,
// and a file with none must be plain text that is not markup. The name and the type the browser
// claimed decide nothing; the name's extension is corrected when it does not fit the contents.
import { open } from "node:fs/promises";
import path from "node:path";
import {
  type AcceptedType,
  acceptedByDetectedMime,
  acceptedCompoundFiles,
  acceptedSummary,
  acceptedTextFiles,
} from "./accepted-files";

export class UploadRefusedError extends Error {
  override name = "UploadRefusedError";
}

export interface Judgement {
  /** The MIME type to store. */
  mime: string;
  /** The original name, its extension fitted to the contents. */
  fileName: string;
}

/** How much of a file the text checks read. */
const sampleBytes = 64 * 1024;

/** Text that a browser could take for a page or an image with scripts. */
const markup = /^\s*<|<\s*(script|svg|html|head|body|meta|iframe|object|embed|!doctype|\?xml)\b/i;

async function readSample(filePath: string): Promise<Buffer> {
  const handle = await open(filePath, "r");
  try {
    const buffer = Buffer.alloc(sampleBytes);
    const { bytesRead } = await handle.read(buffer, 0, sampleBytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const extensionOf = (fileName: string) => path.extname(fileName).slice(1).toLowerCase();

function fitted(fileName: string, accepted: AcceptedType): Judgement {
  const extension = extensionOf(fileName);
  if (accepted.extensions.includes(extension)) return { mime: accepted.mime, fileName };
  const base = extension ? fileName.slice(0, -(extension.length + 1)) : fileName;
  return { mime: accepted.mime, fileName: `${base}.${accepted.extensions[0]}` };
}

const refuse = (fileName: string, reason: string) =>
  new UploadRefusedError(`Nie przyjęto pliku „${fileName}”: ${reason}. ${acceptedSummary}`);

export async function judgeUpload(filePath: string, fileName: string): Promise<Judgement> {
  const { fileTypeFromFile } = await import("file-type");
  const detected = await fileTypeFromFile(filePath);
  const extension = extensionOf(fileName);

  if (detected) {
    const accepted = acceptedByDetectedMime[detected.mime];
    if (accepted) return fitted(fileName, accepted);
    const compound =
      detected.mime === "application/x-cfb" ? acceptedCompoundFiles[extension] : undefined;
    if (compound) return fitted(fileName, compound);
    throw refuse(
      fileName,
      `to plik typu ${detected.ext.toUpperCase()}, którego strona nie publikuje`,
    );
  }

  const sample = await readSample(filePath);
  if (sample.includes(0)) throw refuse(fileName, "nie udało się rozpoznać jego zawartości");
  if (markup.test(sample.toString("utf8").replace(/^\uFEFF/, ""))) {
    throw refuse(
      fileName,
      "zawiera znaczniki HTML lub XML (np. strona WWW albo grafika SVG), które mogą uruchamiać skrypty",
    );
  }
  const text = acceptedTextFiles[extension];
  if (!text) {
    throw refuse(fileName, "plik tekstowy musi mieć rozszerzenie .txt albo .csv");
  }
  return { mime: text.mime, fileName };
}
