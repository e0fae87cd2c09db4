// One office per build: the build driver (scripts/build-offices.ts) sets the office, its domain,
// the output and the content cache directory in the environment.
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { EXAMPLES_PATH, examplesPage } from "./src/integrations/examples-page.ts";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { PLACEHOLDER_SITE, parseBuildEnv } from "./src/lib/build/build-env.ts";

const env = parseBuildEnv(process.env);

export default defineConfig({
  site: env.OFFICE_SITE_URL ?? PLACEHOLDER_SITE,
  ...(env.OUT_DIR ? { outDir: env.OUT_DIR } : {}),
  ...(env.CACHE_DIR ? { cacheDir: env.CACHE_DIR } : {}),
  output: "static",
  trailingSlash: "always",
  compressHTML: true,
  build: { format: "directory", inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  prefetch: false,
  // Covers come from the CMS; astro:assets fetches and converts them at build time.
  image: { domains: env.STRAPI_URL ? [new URL(env.STRAPI_URL).hostname] : [] },
  integrations: [
    sitemap({ filter: (page) => !page.includes(EXAMPLES_PATH) }),
    examplesPage(env.WITH_EXAMPLES === "1"),
    pagefindIndex(),
  ],
});
