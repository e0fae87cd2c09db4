// Writes precompressed siblings next to the files of a built site: `<file>.br` (brotli, quality
// 11) and `<file>.gz` (gzip, level 9) for every file of a type in `PRECOMPRESSED_EXTENSIONS`
// (text: HTML, CSS, JavaScript, JSON, XML, SVG, iCalendar…; not images or fonts, which are
// compressed already). A sibling is written only when it is smaller than the file. The static
// server sends them by Accept-Encoding; any static host that knows the convention can too.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import {
  isPrecompressible,
  PRECOMPRESSED_ENCODINGS,
  type PrecompressedEncoding,
} from "@mops/shared/protocol/precompressed";
import { listFiles } from "../checks/built-site.ts";
import { type CompressionCache, cacheKey, memoryCache } from "./compression-cache.ts";

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files compressed at once (zlib runs in libuv's thread pool, four threads by default). */
const CONCURRENCY = 4;

/** `content` compressed with `encoding` at its highest quality. */
export function compress(content: Buffer, encoding: PrecompressedEncoding): Promise<Buffer> {
  if (encoding === "gzip") return gzipAsync(content, { level: constants.Z_BEST_COMPRESSION });
  return brotliAsync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

export interface PrecompressReport {
  /** Files of a compressible type. */
  files: number;
  /** Siblings written. */
  siblings: number;
}

/**
 * Writes the `.br` and `.gz` siblings of every compressible file of the site in `dir`, taking
 * what `cache` already holds (share one cache between the offices of a build).
 */
export async function precompressSite(
  dir: string,
  cache: CompressionCache = memoryCache(),
): Promise<PrecompressReport> {
  const files = (await listFiles(dir)).filter(isPrecompressible);
  let siblings = 0;
  let next = 0;
  async function worker() {
    while (next < files.length) {
      const file = files[next++]!;
      const content = await readFile(join(dir, file));
      for (const { encoding, suffix } of PRECOMPRESSED_ENCODINGS) {
        const key = cacheKey(content, suffix);
        let compressed = await cache.get(key);
        if (compressed === undefined) {
          const fresh = await compress(content, encoding);
          compressed = fresh.length < content.length ? fresh : null;
          await cache.set(key, compressed);
        }
        if (compressed === null) continue;
        await writeFile(join(dir, `${file}${suffix}`), compressed);
        siblings += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { files: files.length, siblings };
}
