// One office's build status for the CMS (`GET /offices/<slug>/status`): the scheduler's phase
// folded into what an editor needs (queued, building, published, failed) and the last builds.
import type { BuildState, OfficeStatus } from "@mops/shared/protocol/office-status";
import type { Phase } from "./scheduler.ts";
import type { OfficeHistory } from "./state-file.ts";

const ERROR_MAX = 2_000;
const CAUSE_MAX = 4_000;

/** A phase's state; undefined: decided by the last build. */
const STATE_OF_PHASE: Readonly<Record<Phase, BuildState | undefined>> = {
  waiting: "queued",
  ready: "queued",
  building: "building",
  retrying: "failed",
  failed: "failed",
  idle: undefined,
};

function settledState(history: OfficeHistory | undefined): BuildState {
  if (history?.lastBuild?.result === "failure") return "failed";
  return history?.lastSuccess ? "published" : "idle";
}

export function officeStatusOf(
  slug: string,
  phase: Phase,
  history: OfficeHistory | undefined,
): OfficeStatus {
  const success = history?.lastSuccess;
  const last = history?.lastBuild;
  return {
    office: slug,
    state: STATE_OF_PHASE[phase] ?? settledState(history),
    ...(success
      ? {
          published: {
            at: new Date(success.finishedAt).toISOString(),
            durationMs: Math.max(0, Math.round(success.durationMs)),
          },
        }
      : {}),
    ...(last?.result === "failure"
      ? {
          failure: {
            at: new Date(last.finishedAt).toISOString(),
            error: (last.error ?? "the build failed").slice(0, ERROR_MAX),
            ...(last.cause ? { cause: last.cause.slice(-CAUSE_MAX) } : {}),
          },
        }
      : {}),
  };
}
