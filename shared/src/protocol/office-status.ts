// One office's build status as the rebuild service reports it (`GET /offices/<slug>/status`,
// authorised by the office's token from `./signature.ts`) and the CMS relays it to the admin:
// where the office's next build stands and the outcome of its last builds.
import { z } from "zod";
import { officeSlugSchema } from "./slug.ts";

/** idle: nothing to do; queued: a change waits for a build; failed: the last build failed. */
export const BUILD_STATES = ["idle", "queued", "building", "published", "failed"] as const;

export type BuildState = (typeof BUILD_STATES)[number];

const instant = z.iso.datetime({ offset: true });

export const officeStatusSchema = z.object({
  office: officeSlugSchema,
  state: z.enum(BUILD_STATES),
  /** The last successful build: when it went live and how long it took. */
  published: z.object({ at: instant, durationMs: z.number().int().nonnegative() }).optional(),
  /** The last build, when it failed: when, and why in the build's words. */
  failure: z
    .object({ at: instant, error: z.string().max(2_000), cause: z.string().max(4_000).optional() })
    .optional(),
});

export type OfficeStatus = z.infer<typeof officeStatusSchema>;

/**
 * How often the admin asks for the status while a build is queued or running, or just after a
 * change (cms/src/admin/build-status/poll-interval.ts): "opublikowano" shows within this long
 * and a request of the build's end. `pnpm bench` polls alike to measure it.
 */
export const BUSY_STATUS_POLL_MS = 500;

/** The path of an office's status on the rebuild service. */
export const officeStatusPath = (slug: string): string => `/offices/${slug}/status`;
