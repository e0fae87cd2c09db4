// Indexes each office's built pages with Pagefind into <out>/<slug>/pagefind/, so every office
// has its own search index. Only elements marked data-pagefind-body are indexed. Pagefind splits
// the index by each page's `<html lang>` (pl, uk, en) and its script loads the index of the
// search page's own language, so a search in Polish finds Polish pages only. Pagefind also
// writes its ready-made search interfaces, which the site does not use (its own island,
// components/SearchForm, loads pagefind.js): they are removed, so no office carries, compresses
// or uploads about 500 KB of unused scripts and styles. Two offices are indexed at once (the
// indexer is a separate process; the build waits on it otherwise).

import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";

export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

/** Pagefind's own search interfaces (`pagefind-ui.js`, `pagefind-component-ui.css`, …). */
export const UNUSED_PAGEFIND_FILE =
  /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** Offices indexed at once. */
const CONCURRENCY = 2;

async function removeUnusedFiles(pagefindDir: string): Promise<void> {
  const names = await readdir(pagefindDir);
  await Promise.all(
    names
      .filter((name) => UNUSED_PAGEFIND_FILE.test(name))
      .map((name) => rm(join(pagefindDir, name))),
  );
}

async function indexSite(siteDir: string): Promise<number> {
  const { index, errors } = await createIndex({});
  if (!index) throw new SearchIndexError(`cannot create the index: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors.join("; "));
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors.join("; "));
    await removeUnusedFiles(join(siteDir, "pagefind"));
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
        let next = 0;
        const worker = async () => {
          while (next < officeSlugs.length) {
            const indexed = await indexSite(join(outDir, officeSlugs[next++]!));
            pages += indexed;
          }
        };
        try {
          await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        } finally {
          await close();
        }
        logger.info(`indexed ${pages} pages of ${officeSlugs.length} office(s)`);
      },
    },
  };
}
