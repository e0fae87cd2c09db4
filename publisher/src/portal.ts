// The regional portal in the publishing pipeline: built from the CMS at start, soon after the
// rebuild service publishes office builds (`request`: coalesced, one build at a time, at most one
// queued, see coalesced-job.ts) and, as a fallback for a missed notification, every few minutes,
// into a directory the static server serves at http://region.localhost:<port>/. A failed build
// keeps the last portal.
import { buildPortal, type PortalBuildOptions, type PortalBuildResult } from "@mops/site/driver";
import { type Clock, systemClock } from "./rebuild/clock.ts";
import { createCoalescedJob } from "./rebuild/coalesced-job.ts";
import { errorFields, type Logger } from "./rebuild/log.ts";

export const PORTAL_REBUILD_MINUTES = 5;
/** How long after a publish the portal build starts: publishes within it share the build. */
export const PORTAL_AFTER_PUBLISH_MS = 10_000;

export interface PortalOptions {
  outDir: string;
  portalUrl: string;
  strapiUrl: string;
  token: string;
  log: Logger;
  clock?: Clock;
  /** Default PORTAL_AFTER_PUBLISH_MS. */
  delayMs?: number;
  /** Default PORTAL_REBUILD_MINUTES; 0: no periodic build. */
  everyMs?: number;
  /** The build itself; default the site's `buildPortal`. */
  build?: (options: PortalBuildOptions) => Promise<PortalBuildResult>;
}

export interface PortalKeeper {
  /** Offices were published: build the portal soon. */
  request(): void;
  idle(): Promise<void>;
  builds(): number;
  stop(): Promise<void>;
}

export function keepPortalBuilt(options: PortalOptions): PortalKeeper {
  const clock = options.clock ?? systemClock;
  const build = options.build ?? buildPortal;
  const job = createCoalescedJob({
    clock,
    delayMs: options.delayMs ?? PORTAL_AFTER_PUBLISH_MS,
    everyMs: options.everyMs ?? PORTAL_REBUILD_MINUTES * 60_000,
    run: async () => {
      const result = await build({
        outDir: options.outDir,
        portalUrl: options.portalUrl,
        strapiUrl: options.strapiUrl,
        token: options.token,
        buildNow: new Date(clock.now()).toISOString(),
      });
      options.log.info("portal.built", { offices: result.offices, seconds: result.seconds });
    },
    onError: (error) => options.log.error("portal.failed", errorFields(error)),
  });
  job.requestNow();
  return {
    request: () => job.request(),
    idle: () => job.idle(),
    builds: () => job.runs(),
    stop: () => job.stop(),
  };
}
