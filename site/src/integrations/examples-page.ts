// Adds /przyklady/, the page of component examples that pa11y-ci scans, to test builds only.
import type { AstroIntegration } from "astro";

export const EXAMPLES_PATH = "/przyklady/";

export function examplesPage(enabled: boolean): AstroIntegration {
  return {
    name: "mops:examples-page",
    hooks: {
      "astro:config:setup": ({ injectRoute }) => {
        if (!enabled) return;
        injectRoute({
          pattern: `/[office]${EXAMPLES_PATH}`,
          entrypoint: new URL("../examples/examples-page.astro", import.meta.url),
        });
      },
    },
  };
}
