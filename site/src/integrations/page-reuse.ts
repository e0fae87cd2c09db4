// Pages taken from the office's last build instead of being rendered again
// (src/lib/build/page-reuse.ts). Two integrations: `restore`, listed before the office split,
// reads each office's page store when the build starts and copies the pages the build left out
// into its output once Astro is done, so the split, the sitemap, Pagefind and the checks see
// every page; `save`, listed last, replaces each store with the pages as this build wrote and
// compressed them. Only a public office build whose driver gave the rendering code's version and
// a folder for the stores (REUSE_PAGES and PAGE_STORE_ROOT: the warm build server's) reuses pages.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { BuildEnv } from "../lib/build/build-env";
import {
  clearPageReuse,
  type PageDigests,
  pageDigests,
  reusedPaths,
  startPageReuse,
} from "../lib/build/page-reuse";
import { openPageStore, type PageStore } from "../lib/build/page-store";
import { startStep } from "../lib/build/step-duration";

/** The folder of the page stores of a build that reuses pages, else undefined. */
export function pageStoreRoot(env: BuildEnv): string | undefined {
  const reuses =
    env.REUSE_PAGES !== undefined &&
    env.STRAPI_DRAFT_GRANT === undefined &&
    env.PORTAL_URL === undefined;
  return reuses ? env.PAGE_STORE_ROOT : undefined;
}

export function pageReuse(
  officeSlugs: ReadonlyArray<string>,
  storeRoot: string | undefined,
): { restore: AstroIntegration; save: AstroIntegration } {
  /** The stores of this build's offices, opened when it starts. */
  const stores = new Map<string, PageStore>();
  /** `step` for each office's site in the output `dir`; the pages it counts. */
  const eachSite = async (dir: URL, step: (slug: string, siteDir: string) => Promise<number>) => {
    let pages = 0;
    for (const slug of officeSlugs) pages += await step(slug, join(fileURLToPath(dir), slug));
    return pages;
  };
  const restore: AstroIntegration = {
    name: "mops:page-reuse",
    hooks: {
      "astro:build:start": async () => {
        clearPageReuse();
        stores.clear();
        if (!storeRoot) return;
        const stored = new Map<string, PageDigests>();
        for (const slug of officeSlugs) {
          const store = await openPageStore(join(storeRoot, slug));
          stores.set(slug, store);
          stored.set(slug, store.digests);
        }
        startPageReuse(stored);
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!storeRoot) return;
        const took = startStep();
        const pages = await eachSite(dir, async (slug, siteDir) => {
          const paths = reusedPaths(slug);
          await stores.get(slug)?.restore(siteDir, paths);
          return paths.size;
        });
        logger.info(`reused ${pages} page(s) of ${officeSlugs.length} office(s) ${took()}`);
      },
    },
  };
  const save: AstroIntegration = {
    name: "mops:page-store",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        if (!storeRoot) return;
        const took = startStep();
        const pages = await eachSite(dir, async (slug, siteDir) => {
          const digests = pageDigests(slug);
          await stores.get(slug)?.save(siteDir, digests);
          return digests.size;
        });
        clearPageReuse();
        stores.clear();
        logger.info(`stored ${pages} page(s) of ${officeSlugs.length} office(s) ${took()}`);
      },
    },
  };
  return { restore, save };
}
