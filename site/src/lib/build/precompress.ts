// Writes precompressed siblings next to the files of a built site: `<file>.br` (brotli) and
// `<file>.gz` (gzip, level 9) for every file of a type in `PRECOMPRESSED_EXTENSIONS` (text:
// HTML, CSS, JavaScript, JSON, XML, SVG, iCalendar…; not images or fonts, which are compressed
// already). A sibling is written only when it is smaller than the file. The static server sends
// them by Accept-Encoding; any static host that knows the convention can too.
//
// Brotli's quality follows how often the bytes are compressed: the assets every office shares
// (`_astro/`, `pagefind/`: `isSharedAsset`) are compressed once through the cache (per batch,
// and across builds with a disk cache), at the highest quality; each page is its own bytes,
// compressed directly (looking it up would cost as much as compressing it) at a quality that
// costs about 1 ms instead of about 20 ms per page. Quality 11 and a cache entry for every page
// had made the full build about twice as slow for 0.4 KiB per page (docs/benchmarks.md).
//
// The files are read, compressed and written synchronously, one after another, yielding to the
// event loop every few files: for files of a few KiB, zlib's asynchronous calls (a stream and two
// hops through libuv's thread pool per call) and the promise-based file calls cost three to four
// times the CPU of the work itself (docs/benchmarks.md, session 18), and a full build's jobs keep
// both cores busy anyway.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import {
  isPrecompressible,
  PRECOMPRESSED_ENCODINGS,
  type PrecompressedEncoding,
} from "@mops/shared/protocol/precompressed";
import { listFiles } from "../checks/built-site.ts";
import { type CompressionCache, cacheKey, memoryCache } from "./compression-cache.ts";

/** Files compressed between two turns of the event loop (a few milliseconds of work). */
const FILES_PER_TURN = 8;

/** Top folders of a site whose files are the same in every office (Astro's and Pagefind's). */
const SHARED_FOLDERS: ReadonlySet<string> = new Set(["_astro", "pagefind"]);

/** Brotli's quality for shared assets and for an office's own files. */
const BROTLI_QUALITY = { shared: constants.BROTLI_MAX_QUALITY, own: 5 } as const;

/** Whether the file at `path` (relative to its site, `/`-separated) is a shared asset. */
export function isSharedAsset(path: string): boolean {
  const slash = path.indexOf("/");
  return slash > 0 && SHARED_FOLDERS.has(path.slice(0, slash));
}

/** Brotli's quality for the file at `path` (relative to its site, `/`-separated). */
export const brotliQuality = (path: string): number =>
  isSharedAsset(path) ? BROTLI_QUALITY.shared : BROTLI_QUALITY.own;

/** `content` compressed with `encoding` (brotli at `quality`, gzip at its highest level). */
export function compress(
  content: Buffer,
  encoding: PrecompressedEncoding,
  quality: number = constants.BROTLI_MAX_QUALITY,
): Buffer {
  if (encoding === "gzip") return gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
  return brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
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
 * Writes the `.br` and `.gz` siblings of every compressible file of the site in `dir` but those
 * in `done` (files whose siblings are in place); shared assets through `cache` (share one cache
 * between the offices of a build).
 */
export async function precompressSite(
  dir: string,
  cache: CompressionCache = memoryCache(),
  done: ReadonlySet<string> = new Set(),
): Promise<PrecompressReport> {
  const files = (await listFiles(dir)).filter((file) => isPrecompressible(file) && !done.has(file));
  let siblings = 0;
  async function compressed(file: string, content: Buffer, encoding: PrecompressedEncoding) {
    const quality = encoding === "br" ? brotliQuality(file) : constants.Z_BEST_COMPRESSION;
    const smaller = () => {
      const fresh = compress(content, encoding, quality);
      return fresh.length < content.length ? fresh : null;
    };
    if (!isSharedAsset(file)) return smaller();
    const key = cacheKey(content, `.q${quality}.${encoding}`);
    const cached = await cache.get(key);
    if (cached !== undefined) return cached;
    const fresh = smaller();
    await cache.set(key, fresh);
    return fresh;
  }
  for (const [index, file] of files.entries()) {
    if (index % FILES_PER_TURN === FILES_PER_TURN - 1) await nextTurn();
    const content = readFileSync(join(dir, file));
    for (const { encoding, suffix } of PRECOMPRESSED_ENCODINGS) {
      const body = await compressed(file, content, encoding);
      if (body === null) continue;
      writeFileSync(join(dir, `${file}${suffix}`), body);
      siblings += 1;
    }
  }
  return { files: files.length, siblings };
}
