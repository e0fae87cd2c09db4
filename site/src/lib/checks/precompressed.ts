// Checks the precompressed siblings of a built site with zlib as the oracle: every `.br`/`.gz`
// decompresses to exactly its file's bytes and is smaller; a compressible file lacks a sibling
// only when that compression does not make it smaller; no sibling lacks its file.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import {
  isPrecompressible,
  PRECOMPRESSED_ENCODINGS,
  type PrecompressedEncoding,
} from "@mops/shared/protocol/precompressed";
import { brotliQuality, compress } from "../build/precompress.ts";
import { listFiles } from "./built-site.ts";

export type PrecompressedProblem =
  | { rule: "sibling-missing" | "sibling-differs" | "sibling-not-smaller"; file: string }
  | { rule: "sibling-without-file"; file: string };

const decompress: Record<PrecompressedEncoding, (data: Buffer) => Buffer> = {
  br: (data) => brotliDecompressSync(data),
  gzip: (data) => gunzipSync(data),
};

export async function checkPrecompressed(dir: string): Promise<PrecompressedProblem[]> {
  const files = await listFiles(dir);
  const present = new Set(files);
  const problems: PrecompressedProblem[] = [];
  for (const file of files) {
    const sibling = PRECOMPRESSED_ENCODINGS.find(({ suffix }) => file.endsWith(suffix));
    const original = sibling ? file.slice(0, -sibling.suffix.length) : undefined;
    if (original !== undefined && isPrecompressible(original) && !present.has(original)) {
      problems.push({ rule: "sibling-without-file", file });
    }
  }
  for (const file of files.filter(isPrecompressible)) {
    const content = await readFile(join(dir, file));
    for (const { encoding, suffix } of PRECOMPRESSED_ENCODINGS) {
      const name = `${file}${suffix}`;
      if (!present.has(name)) {
        if (compress(content, encoding, brotliQuality(file)).length < content.length) {
          problems.push({ rule: "sibling-missing", file: name });
        }
        continue;
      }
      const encoded = await readFile(join(dir, name));
      const decoded = (() => {
        try {
          return decompress[encoding](encoded);
        } catch {
          return undefined;
        }
      })();
      if (!decoded?.equals(content)) problems.push({ rule: "sibling-differs", file: name });
      else if (encoded.length >= content.length) {
        problems.push({ rule: "sibling-not-smaller", file: name });
      }
    }
  }
  return problems;
}
