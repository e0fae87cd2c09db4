// Splits the output of a build of many offices into one self-contained site per office: Astro
// writes <out>/<slug>/… for every office plus the shared <out>/_astro/ scripts; afterwards each
// <out>/<slug>/ gets its own copy of _astro/, its 404.html at the root and its sitemap.
import { cp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { OfficeTarget } from "../lib/build/build-env";
import { officeSitemap } from "../lib/build/office-sitemap";
import { reusedPaths } from "../lib/build/page-reuse";
import { startStep } from "../lib/build/step-duration";

const SHARED_ASSETS = "_astro";

/** Page paths of one office from Astro's `pages` ("kutno/kontakt/" → "/kontakt/"). */
export function officePagePaths(slug: string, pathnames: ReadonlyArray<string>): string[] {
  const prefix = `${slug}/`;
  return pathnames
    .map((pathname) => pathname.replace(/^\//, ""))
    .filter((pathname) => pathname.startsWith(prefix))
    .map((pathname) => `/${pathname.slice(prefix.length)}`);
}

export function officeSites(offices: ReadonlyArray<OfficeTarget>): AstroIntegration {
  return {
    name: "mops:office-sites",
    hooks: {
      "astro:build:done": async ({ dir, pages, logger }) => {
        const took = startStep();
        const outDir = fileURLToPath(dir);
        const assets = join(outDir, SHARED_ASSETS);
        const hasAssets = (await readdir(outDir)).includes(SHARED_ASSETS);
        const pathnames = pages.map((page) => page.pathname);
        for (const office of offices) {
          const siteDir = join(outDir, office.slug);
          if (hasAssets) await cp(assets, join(siteDir, SHARED_ASSETS), { recursive: true });
          await rename(join(siteDir, "404", "index.html"), join(siteDir, "404.html"));
          await rm(join(siteDir, "404"), { recursive: true });
          const sitemap = officeSitemap(office.siteUrl, [
            ...officePagePaths(office.slug, pathnames),
            // Pages the build took from the office's last build (page-reuse integration).
            ...reusedPaths(office.slug),
          ]);
          await writeFile(join(siteDir, "sitemap-index.xml"), sitemap.index);
          await writeFile(join(siteDir, "sitemap-0.xml"), sitemap.urlset);
        }
        if (hasAssets) await rm(assets, { recursive: true });
        logger.info(`split into ${offices.length} office site(s) ${took()}`);
      },
    },
  };
}
