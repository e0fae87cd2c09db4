// The site's build driver as other packages use it (`@mops/site/driver`): where its two entry
// points are, the argv the rebuild service and CI run, the batch plan and the office list.
// Importing it builds nothing and loads no Astro.
import { fileURLToPath } from "node:url";

/** The CLI driver: builds offices into <out>/<slug>/ (site/README.md, "Building offices"). */
export const buildOfficesScript = fileURLToPath(new URL("./build-offices.ts", import.meta.url));

/** The warm build server: the same driver kept running with Astro loaded, driven over IPC. */
export const buildServerScript = fileURLToPath(new URL("./build-server.ts", import.meta.url));

/**
 * The driver as the rebuild service and CI run it: every office of a batch in one run, each into
 * {outRoot}/<slug>/, with one JSON line of per-office results at the end. STRAPI_URL and
 * STRAPI_TOKEN come from the environment.
 */
export const siteBuildCommand: readonly string[] = [
  "node",
  buildOfficesScript,
  "--quiet",
  "--json",
  "--out",
  "{outRoot}",
  "{offices...}",
];

export { planBatches } from "./build-offices.ts";
export {
  buildPortal,
  PortalBuildError,
  type PortalBuildOptions,
  type PortalBuildResult,
} from "./build-portal.ts";
export { listOffices, type OfficeTarget } from "./lib/office-directory.ts";
