// Links to the pages of a paged list, for the portal's navigation (ListNav.astro).
import type { Chunk } from "./portal-paging.ts";

export interface NavLink {
  href: string;
  label: string;
  /** How many items the page holds, said after the label. */
  count?: number;
  current?: boolean;
}

/** One link per page of `chunks`, the page with key `current` marked. */
export const chunkLinks = <T>(
  chunks: readonly Chunk<T>[],
  href: (key: string) => string,
  current?: string,
): NavLink[] =>
  chunks.map((chunk) => ({
    href: href(chunk.key),
    label: chunk.label,
    count: chunk.items.length,
    current: chunk.key === current,
  }));
