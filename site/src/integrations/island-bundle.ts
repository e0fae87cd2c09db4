// Keeps the open-now island small: in the browser build, the hours engine's schedule checks are
// replaced by a no-op (the data was validated at build time). Server rendering keeps them.
import { fileURLToPath } from "node:url";
import type { AstroUserConfig } from "astro";

type VitePlugin = NonNullable<NonNullable<AstroUserConfig["vite"]>["plugins"]>[number];

const stub = fileURLToPath(new URL("../components/OpenNow/validated-hours.ts", import.meta.url));

export function islandBundlePlugin(): VitePlugin {
  return {
    name: "mops:island-validated-hours",
    enforce: "pre",
    applyToEnvironment: (environment: { name: string }) => environment.name === "client",
    resolveId(source: string, importer: string | undefined) {
      if (importer?.endsWith("/hours/compile.ts") && source.endsWith("/rules/schedule-checks.ts")) {
        return stub;
      }
      return null;
    },
  };
}
