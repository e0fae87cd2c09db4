// How soon the admin asks for the build status again. Twice a second while a build of the shown
// offices is queued or running, and for a while after the entry in the edit view was saved or
// published (its notification may not have reached the rebuild service yet, and a build of a
// second or two can end before a slow poll would see it start); every few seconds otherwise. So
// "opublikowano" shows within half a second and a request of the build's end (`pnpm bench`
// measures it: scripts/src/bench/admin-status.ts).
import { BUSY_STATUS_POLL_MS, type OfficeStatus } from "@mops/shared/protocol/office-status";

export const QUIET_POLL_MS = 5_000;
/** How long after a save or publish the admin keeps polling at BUSY_STATUS_POLL_MS. */
export const AFTER_CHANGE_MS = 30_000;

type Row = { status: OfficeStatus | null };

export const isBusy = (offices: readonly Row[]): boolean =>
  offices.some((row) => row.status?.state === "queued" || row.status?.state === "building");

/** The wait before the next poll, given the last answer and when the entry last changed. */
export function nextPollMs(
  offices: readonly Row[] | undefined,
  nowMs: number,
  changedAtMs: number | undefined,
): number {
  const recentlyChanged = changedAtMs !== undefined && nowMs - changedAtMs < AFTER_CHANGE_MS;
  return recentlyChanged || (offices !== undefined && isBusy(offices))
    ? BUSY_STATUS_POLL_MS
    : QUIET_POLL_MS;
}
