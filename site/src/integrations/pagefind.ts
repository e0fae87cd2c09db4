// Indexes each office's built pages with Pagefind into <out>/pagefind/, so every office has its
// own search index. Only elements marked data-pagefind-body are indexed.

import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: "mops:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: "pl" });
          if (!index) throw new SearchIndexError(`cannot create the index: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) throw new SearchIndexError(added.errors.join("; "));
          const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
          if (written.errors.length > 0) throw new SearchIndexError(written.errors.join("; "));
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
