// Writes `.br` and `.gz` siblings of every compressible file of each office's site
// (src/lib/build/precompress.ts). Listed last: it runs after the office split and Pagefind, so it
// covers every file they write.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { precompressSite } from "../lib/build/precompress";

export function precompressOffices(officeSlugs: ReadonlyArray<string>): AstroIntegration {
  return {
    name: "mops:precompress",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let siblings = 0;
        for (const slug of officeSlugs)
          siblings += (await precompressSite(join(outDir, slug))).siblings;
        logger.info(`wrote ${siblings} precompressed file(s) for ${officeSlugs.length} office(s)`);
      },
    },
  };
}
