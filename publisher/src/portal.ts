// The regional portal in the main job: built from the CMS at start and again every few minutes
// (so publishes reach it without a hook of its own), one build at a time, into a directory the
// static server serves at http://region.localhost:<port>/. A failed build keeps the last portal.
import { buildPortal } from "@mops/site/driver";
import type { Logger } from "./rebuild/log.ts";

export const PORTAL_REBUILD_MINUTES = 5;

export interface PortalOptions {
  outDir: string;
  portalUrl: string;
  strapiUrl: string;
  token: string;
  log: Logger;
}

export function keepPortalBuilt(options: PortalOptions): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const build = () => {
    running = running.then(async () => {
      try {
        const result = await buildPortal({
          outDir: options.outDir,
          portalUrl: options.portalUrl,
          strapiUrl: options.strapiUrl,
          token: options.token,
          buildNow: new Date().toISOString(),
        });
        options.log.info("portal.built", { offices: result.offices, seconds: result.seconds });
      } catch (error) {
        options.log.error("portal.failed", {
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
      }
    });
  };
  build();
  const timer = setInterval(build, PORTAL_REBUILD_MINUTES * 60_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
