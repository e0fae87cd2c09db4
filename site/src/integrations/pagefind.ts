// Indexes each office's built pages with Pagefind into <out>/<slug>/pagefind/, so every office
// has its own search index. Only elements marked data-pagefind-body are indexed. Pagefind splits
// the index by each page's `<html lang>` (pl, uk, en) and its script loads the index of the
// search page's own language, so a search in Polish finds Polish pages only.

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

async function indexSite(siteDir: string): Promise<number> {
  const { index, errors } = await createIndex({});
  if (!index) throw new SearchIndexError(`cannot create the index: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors.join("; "));
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors.join("; "));
    return added.page_count;
  } finally {
    await index.deleteIndex();
  }
}

export function pagefindIndex(officeSlugs: ReadonlyArray<string>): AstroIntegration {
  return {
    name: "mops:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let pages = 0;
        try {
          for (const slug of officeSlugs) pages += await indexSite(join(outDir, slug));
        } finally {
          await close();
        }
        logger.info(`indexed ${pages} pages of ${officeSlugs.length} office(s)`);
      },
    },
  };
}
