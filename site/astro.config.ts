// One build renders every office the build driver (scripts/build-offices.ts) lists in OFFICES,
// each under /<slug>/, then splits the output into one site per office (office-sites
// integration), indexes each for search and writes precompressed .br/.gz siblings of its text
// files. The driver also sets the output and Astro's cache directory.
import { defineConfig } from "astro/config";
import { examplesPage } from "./src/integrations/examples-page.ts";
import { officeSites } from "./src/integrations/office-sites.ts";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { precompressOffices } from "./src/integrations/precompress.ts";
import { parseBuildEnv } from "./src/lib/build/build-env.ts";

const env = parseBuildEnv(process.env);
const offices = env.OFFICES ?? [];
// A preview build (drafts, for one editor's frame; publisher/src/preview) writes the same pages
// but no search index (no draft is ever indexed; the preview's search finds nothing) and no
// precompressed siblings (served uncompressed), which saves time on every preview.
const published = env.STRAPI_DRAFT_GRANT === undefined ? offices : [];

export default defineConfig({
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
    examplesPage(env.WITH_EXAMPLES === "1"),
    officeSites(offices),
    pagefindIndex(published.map((office) => office.slug)),
    // Last: compresses what the integrations before it wrote.
    precompressOffices(
      published.map((office) => office.slug),
      env.CACHE_DIR,
    ),
  ],
});
