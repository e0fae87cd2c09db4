// Starts reading the CMS content of an office build when the build starts, so that the reads run
// while Astro bundles the pages (src/lib/content/content-prefetch.ts); the pages' loader takes
// the result, and logs how long the reads took. Measured in docs/benchmarks.md.
import { LANGUAGES } from "@mops/shared";
import type { AstroIntegration } from "astro";
import type { OfficeBuild } from "../lib/build/build-env";
import { startStep } from "../lib/build/step-duration";
import { clearPrefetch, startPrefetch } from "../lib/content/content-prefetch";
import { readLanguageContent } from "../lib/content/load-office-content";

/** `build`: the office build to read for; `undefined` (a portal build): nothing is read ahead. */
export function contentPrefetch(build: OfficeBuild | undefined): AstroIntegration {
  return {
    name: "mops:content-prefetch",
    hooks: {
      "astro:build:start": ({ logger }) => {
        clearPrefetch();
        if (!build) return;
        const took = startStep();
        const read = startPrefetch(build, LANGUAGES, (language) =>
          readLanguageContent(build, language),
        );
        read.then((loaded) => {
          if (loaded)
            logger.info(
              `read ${build.offices.length} office(s) in ${LANGUAGES.length} language(s) ${took()}`,
            );
        });
      },
      "astro:build:done": () => clearPrefetch(),
    },
  };
}
