// One build renders every office the build driver (scripts/build-offices.ts) lists in OFFICES,
// each under /<slug>/, then splits the output into one site per office (office-sites
// integration), indexes each for search and writes precompressed .br/.gz siblings of its text
// files. The driver also sets the output and Astro's cache directory. `siteConfig` gives the
// configuration of a build's variables: the warm build server (scripts/lib/astro-runner.ts) loads
// this file once and passes each build its configuration inline.
import type { AstroUserConfig } from "astro";
import { defineConfig } from "astro/config";
import { buildScope } from "./src/integrations/build-scope.ts";
import { contentPrefetch } from "./src/integrations/content-prefetch.ts";
import { examplesPage } from "./src/integrations/examples-page.ts";
import { officeSites } from "./src/integrations/office-sites.ts";
import { pageReuse, pageStoreRoot } from "./src/integrations/page-reuse.ts";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { portalPages } from "./src/integrations/portal-pages.ts";
import { precompressOffices } from "./src/integrations/precompress.ts";
import {
  type BuildEnv,
  officeBuildOf,
  PORTAL_DIR,
  parseBuildEnv,
} from "./src/lib/build/build-env.ts";

/**
 * Where a build runs. `keptProcess`: in a process that runs build after build (the warm build
 * server and the astro worker, scripts/lib/astro-runner.ts), which may keep the search indexer.
 */
export interface BuildHost {
  keptProcess: boolean;
}

export function siteConfig(
  env: BuildEnv,
  host: BuildHost = { keptProcess: false },
): AstroUserConfig {
  const offices = env.OFFICES ?? [];
  // A portal build (PORTAL_URL) loads every office of OFFICES but renders only the portal, as one
  // site in <out>/_portal/ (src/integrations/portal-pages.ts).
  const sites = env.PORTAL_URL ? [{ slug: PORTAL_DIR, siteUrl: env.PORTAL_URL }] : offices;
  // A preview build (drafts, for one editor's frame; publisher/src/preview) writes the same pages
  // but no search index (no draft is ever indexed; the preview's search finds nothing) and no
  // precompressed siblings (served uncompressed), which saves time on every preview.
  const published = env.STRAPI_DRAFT_GRANT === undefined ? sites : [];
  // Pages left out of the build because the office's last build has them (a warm rebuild).
  const reuse = pageReuse(
    offices.map((office) => office.slug),
    pageStoreRoot(env),
  );

  return {
    ...(env.OUT_DIR ? { outDir: env.OUT_DIR } : {}),
    ...(env.CACHE_DIR ? { cacheDir: env.CACHE_DIR } : {}),
    output: "static",
    trailingSlash: "always",
    compressHTML: true,
    // Four pages in flight: rendering overlaps the writes of the pages before (docs/benchmarks.md).
    build: { format: "directory", inlineStylesheets: "always", concurrency: 4 },
    devToolbar: { enabled: false },
    prefetch: false,
    // Covers come from the CMS; astro:assets fetches and converts them at build time.
    image: { domains: env.STRAPI_URL ? [new URL(env.STRAPI_URL).hostname] : [] },
    integrations: [
      // First: a new build's per-build state (a warm build server keeps the page modules).
      buildScope(),
      // An office build reads its content from the CMS while Astro bundles the pages.
      contentPrefetch(env.PORTAL_URL ? undefined : officeBuildOf(env)),
      examplesPage(env.WITH_EXAMPLES === "1"),
      portalPages(env.PORTAL_URL !== undefined),
      // Before the split: the reused pages are in the output for the sitemap, search and checks.
      reuse.restore,
      officeSites(sites),
      pagefindIndex(
        published.map((office) => office.slug),
        { keepIndexer: host.keptProcess },
      ),
      // Last: compresses what the integrations before it wrote.
      precompressOffices(
        published.map((office) => office.slug),
        env.CACHE_DIR,
      ),
      // After the last write: the office's pages as this build left them, for the next one.
      reuse.save,
    ],
  };
}

export default defineConfig(siteConfig(parseBuildEnv(process.env)));
