// Compressed bodies by the digest of what was compressed, so a file compressed once is not
// compressed again: Pagefind's scripts and Astro's assets are the same in every office of a
// batch and from one build to the next (pages are not cached: precompress.ts). On disk (in the
// build's Astro cache directory) or, without one, in memory for one build.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface CompressionCache {
  /** The compressed body; null when compression did not make it smaller; undefined: unknown. */
  get(key: string): Promise<Buffer | null | undefined>;
  set(key: string, value: Buffer | null): Promise<void>;
  /** Drops every entry this cache object neither read nor wrote (after a whole build). */
  prune(): Promise<void>;
}

/**
 * The key of `content` compressed the way `variant` names (the quality and the encoding, e.g.
 * `.q11.br`): a change of quality does not take an entry of another.
 */
export const cacheKey = (content: Buffer, variant: string) =>
  `${createHash("sha256").update(content).digest("hex")}${variant}`;

export function memoryCache(): CompressionCache {
  const entries = new Map<string, Buffer | null>();
  return {
    get: async (key) => entries.get(key),
    set: async (key, value) => {
      entries.set(key, value);
    },
    prune: async () => {},
  };
}

/**
 * One file per entry in `dir`; an empty file records "not smaller" (no encoding is empty).
 * `prune` keeps it to the files of the last build of the offices that use `dir`.
 */
export function diskCache(dir: string): CompressionCache {
  let made: Promise<unknown> | undefined;
  // Two files with the same bytes are set at once under one key: each writes its own temporary.
  let writes = 0;
  const used = new Set<string>();
  return {
    async get(key) {
      const data = await readFile(join(dir, key)).catch(() => undefined);
      if (data !== undefined) used.add(key);
      return data === undefined ? undefined : data.length === 0 ? null : data;
    },
    async set(key, value) {
      used.add(key);
      made ??= mkdir(dir, { recursive: true });
      await made;
      const temporary = join(dir, `.${key}.${process.pid}.${++writes}.tmp`);
      await writeFile(temporary, value ?? Buffer.alloc(0));
      await rename(temporary, join(dir, key));
    },
    async prune() {
      const names = await readdir(dir).catch(() => [] as string[]);
      await Promise.all(
        names.filter((name) => !used.has(name)).map((name) => rm(join(dir, name), { force: true })),
      );
    },
  };
}
