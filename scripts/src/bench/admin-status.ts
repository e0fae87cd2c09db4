// How soon the admin shows "opublikowano" after a build ends (issue 16's "status in the admin
// ≤ 1 s after the build ends"). It polls the CMS's build-status route for one office the way the
// edit view's panel does after a publish, every `pollMs` (the panel's BUSY_STATUS_POLL_MS), and measures
// from the build's end (the status's `published.at`, written by the rebuild service) to the
// first answer that shows that build. Both clocks are this machine's.
import { setTimeout as sleep } from "node:timers/promises";
import { adminApi } from "@mops/cms/testing";
import { type OfficeStatus, officeStatusSchema } from "@mops/shared/protocol/office-status";
import { z } from "zod";

export class AdminStatusError extends Error {
  override name = "AdminStatusError";
}

const answerSchema = z.object({
  data: z.object({ office: z.string(), status: officeStatusSchema.nullable() }),
});

export interface StatusWatch {
  url: string;
  adminToken: string;
  office: string;
  /** Only a build that ended at or after this instant (epoch ms) counts: the publish's send. */
  sinceMs: number;
  pollMs: number;
  timeoutMs: number;
  /** Epoch milliseconds now. */
  now: () => number;
}

/** The instant (epoch ms) a status says a build went live at or after `sinceMs`, if any. */
export function publishedSince(status: OfficeStatus | null, sinceMs: number): number | undefined {
  if (status?.state !== "published" || !status.published) return undefined;
  const at = Date.parse(status.published.at);
  return at >= sinceMs ? at : undefined;
}

/** Seconds from the build's end to the first poll of the admin's route that shows it. */
export async function secondsUntilAdminShowsPublished(watch: StatusWatch): Promise<number> {
  const api = adminApi(watch.url, watch.adminToken);
  const deadline = watch.now() + watch.timeoutMs;
  for (;;) {
    const reply = await api.get(`/admin/build-status/${encodeURIComponent(watch.office)}`);
    const seenMs = watch.now();
    const parsed = answerSchema.safeParse(reply.body);
    if (reply.status !== 200 || !parsed.success) {
      throw new AdminStatusError(
        `the admin's build status of ${watch.office} answered ${reply.status}: ${JSON.stringify(reply.body).slice(0, 200)}`,
      );
    }
    const at = publishedSince(parsed.data.data.status, watch.sinceMs);
    if (at !== undefined) return Math.max(0, seenMs - at) / 1000;
    if (seenMs >= deadline) {
      throw new AdminStatusError(
        `the admin did not show a build of ${watch.office} as published within ${watch.timeoutMs / 1000} s`,
      );
    }
    await sleep(watch.pollMs);
  }
}
