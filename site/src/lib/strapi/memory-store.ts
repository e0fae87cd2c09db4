// The part of Astro's data store the loader uses, kept in memory, for tests outside a build.
import type { SyncContext } from "./strapi-loader.ts";

type Entry = { id: string; data: Record<string, unknown>; digest?: string | number };

export function memoryContext(
  initial: Entry[] = [],
): SyncContext & { entries: Map<string, Entry> } {
  const entries = new Map(initial.map((entry) => [entry.id, entry]));
  let counter = 0;
  const digests = new Map<string, string>();
  return {
    entries,
    store: {
      get: (id) => entries.get(id),
      set: (entry) => {
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id) => {
        entries.delete(id);
      },
    },
    // Stable within one context, like Astro's xxhash digest.
    generateDigest: (data) => {
      const text = typeof data === "string" ? data : JSON.stringify(data);
      if (!digests.has(text)) digests.set(text, `d${++counter}`);
      return digests.get(text)!;
    },
  };
}
