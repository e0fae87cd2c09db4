// Writes `.br` and `.gz` siblings of every compressible file of each office's site
// (src/lib/build/precompress.ts). Listed last: it runs after the office split and Pagefind, so it
// covers every file they write. Compressed bodies are kept by digest in `<cacheDir>/precompressed/`
// (the build's Astro cache directory, one per batch or office), so unchanged files are not
// compressed again; entries this build did not use are dropped.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { diskCache, memoryCache } from "../lib/build/compression-cache";
import { reusedPaths } from "../lib/build/page-reuse";
import { pageFile } from "../lib/build/page-store";
import { precompressSite } from "../lib/build/precompress";
import { startStep } from "../lib/build/step-duration";

export function precompressOffices(
  officeSlugs: ReadonlyArray<string>,
  cacheDir?: string,
): AstroIntegration {
  return {
    name: "mops:precompress",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const took = startStep();
        const outDir = fileURLToPath(dir);
        const cache = cacheDir ? diskCache(join(cacheDir, "precompressed")) : memoryCache();
        let siblings = 0;
        for (const slug of officeSlugs) {
          // A page taken from the office's last build came with its siblings (page-reuse).
          const reused = new Set([...reusedPaths(slug)].map(pageFile));
          siblings += (await precompressSite(join(outDir, slug), cache, reused)).siblings;
        }
        await cache.prune();
        logger.info(
          `wrote ${siblings} precompressed file(s) for ${officeSlugs.length} office(s) ${took()}`,
        );
      },
    },
  };
}
