// The regional portal's pages (src/portal/pages/), routed only in a portal build (PORTAL_URL set):
// under /_portal/ in the build's output, which the office-sites split then treats as one more
// self-contained site (its own _astro/, 404.html and sitemap). Office builds route none of them.
import type { AstroIntegration } from "astro";
import { PORTAL_DIR } from "../lib/build/build-env";

const PAGES: ReadonlyArray<[pattern: string, file: string]> = [
  ["/", "index.astro"],
  ["/404", "404.astro"],
  ["/osrodki/[key]", "osrodki/letter.astro"],
  ["/gminy", "gminy/index.astro"],
  ["/gminy/[key]", "gminy/letter.astro"],
  ["/kody", "kody/index.astro"],
  ["/kody/[code]", "kody/code.astro"],
  ["/uslugi/[slug]/[...page]", "uslugi/category.astro"],
  ["/dane/hsds/organizations.json", "dane/hsds/organizations.json.ts"],
  ["/favicon.svg", "favicon.svg.ts"],
  ["/szukaj", "szukaj.astro"],
];

export function portalPages(enabled: boolean): AstroIntegration {
  return {
    name: "mops:portal-pages",
    hooks: {
      "astro:config:setup": ({ injectRoute }) => {
        if (!enabled) return;
        for (const [pattern, file] of PAGES)
          injectRoute({
            pattern: `/${PORTAL_DIR}${pattern === "/" ? "" : pattern}`,
            entrypoint: new URL(`../portal/pages/${file}`, import.meta.url),
          });
      },
    },
  };
}
