// The preview service as the main job and the tests start it: its own warm build server (the
// site's driver with Astro kept loaded, like the rebuild service's, but with its own Astro cache
// and output under the preview's private data folder), reading the CMS with the site's read-only
// token plus a draft-read grant per build.
import { join, resolve } from "node:path";
import { systemClock } from "../rebuild/clock.ts";
import { DEFAULT_WARM_RECYCLE_MIB } from "../rebuild/config.ts";
import type { Logger } from "../rebuild/log.ts";
import { createWarmBuilder } from "../rebuild/warm-builder.ts";
import { startPreviewService } from "./preview-service.ts";

export interface PreviewOptions {
  repoRoot: string;
  /** Private folder of the preview: sessions and the build cache, never served publicly. */
  dataDir: string;
  strapiUrl: string;
  strapiToken: string;
  /** PREVIEW_SECRET, shared with the CMS. */
  secret: string;
  /** Origins of the admin panel, the only pages that may frame a preview. */
  frameAncestors: readonly string[];
  port?: number;
  host?: string;
  log: Logger;
  /** The warm build server's memory limit in MiB (default: the rebuild service's default). */
  recycleMib?: number;
  /** Further driver options for the warm build server (e.g. --now). */
  warmDriverArgs?: readonly string[];
}

export function startPreview(options: PreviewOptions) {
  const dataDir = resolve(options.dataDir);
  const builder = createWarmBuilder({
    cwd: options.repoRoot,
    env: { ...process.env, STRAPI_URL: options.strapiUrl, STRAPI_TOKEN: options.strapiToken },
    timeoutMs: 300_000,
    recycleMib: options.recycleMib ?? DEFAULT_WARM_RECYCLE_MIB,
    driverArgs: ["--cache", join(dataDir, "cache"), ...(options.warmDriverArgs ?? [])],
    log: options.log,
  });
  return startPreviewService({
    secret: options.secret,
    frameAncestors: options.frameAncestors,
    dataDir,
    builder,
    clock: systemClock,
    log: options.log,
    port: options.port,
    host: options.host,
  }).catch(async (error: unknown) => {
    await builder.close();
    throw error;
  });
}
