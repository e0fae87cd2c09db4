// Indexes each office's built pages with Pagefind into <out>/<slug>/pagefind/, so every office
// has its own search index. Only elements marked data-pagefind-body are indexed. Pagefind splits
// the index by each page's `<html lang>` (pl, uk, en) and its script loads the index of the
// search page's own language, so a search in Polish finds Polish pages only. Pagefind also
// writes its ready-made search interfaces, which the site does not use (its own island,
// components/SearchForm, loads pagefind.js): they are removed, so no office carries, compresses
// or uploads about 500 KB of unused scripts and styles. Two offices are indexed at once (the
// indexer is a separate process; the build waits on it otherwise). In a kept build process (the
// warm build server, the astro worker) the indexer is kept for the next build, which saves its
// start (about 50 ms of a warm single-office build, docs/benchmarks.md, session 14). When
// indexing fails there (the kept indexer may have died since), it is closed and the offices are
// indexed once more on a fresh one. Pagefind's service does not keep a process alive, and it
// exits when its parent does.

import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import { forEachAtOnce } from "../lib/build/in-parallel";
import { startStep } from "../lib/build/step-duration";

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

export interface PagefindOptions {
  /** Keep the indexer running after a build that indexed every office (a kept build process). */
  keepIndexer?: boolean;
}

/** Indexes each office's site in `outDir`, two at a time; the pages indexed. */
async function indexOffices(outDir: string, officeSlugs: ReadonlyArray<string>): Promise<number> {
  let pages = 0;
  await forEachAtOnce(officeSlugs, CONCURRENCY, async (slug) => {
    pages += await indexSite(join(outDir, slug));
  });
  return pages;
}

export function pagefindIndex(
  officeSlugs: ReadonlyArray<string>,
  { keepIndexer = false }: PagefindOptions = {},
): AstroIntegration {
  return {
    name: "mops:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const took = startStep();
        const outDir = fileURLToPath(dir);
        let pages: number;
        try {
          pages = await indexOffices(outDir, officeSlugs);
        } catch (error) {
          await close();
          if (!keepIndexer) throw error;
          // A kept indexer may have died since the build before: once more, on a fresh one.
          logger.warn(`indexing failed (${String(error)}); again with a fresh indexer`);
          pages = await indexOffices(outDir, officeSlugs).catch(async (again: unknown) => {
            await close();
            throw again;
          });
        }
        if (!keepIndexer) await close();
        logger.info(`indexed ${pages} pages of ${officeSlugs.length} office(s) ${took()}`);
      },
    },
  };
}
