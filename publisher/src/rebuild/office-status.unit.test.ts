import { officeStatusSchema } from "@mops/shared/protocol/office-status";
import { describe, expect, it } from "vitest";
import { officeStatusOf } from "./office-status.ts";
import type { Phase } from "./scheduler.ts";
import type { BuildRecord, OfficeHistory } from "./state-file.ts";

const build = (result: BuildRecord["result"], finishedAt: string, extra = {}): BuildRecord => ({
  buildId: "b",
  offices: ["kutno"],
  startedAt: "2026-12-03T09:42:00.000Z",
  finishedAt,
  durationMs: 1_400,
  result,
  ...extra,
});
const success = build("success", "2026-12-03T09:42:05.000Z");
const failure = build("failure", "2026-12-03T09:50:00.000Z", {
  error: "BuildError: exit 1",
  cause: "x".repeat(5_000),
});
const published = { at: success.finishedAt, durationMs: 1_400 };
const failed = { at: failure.finishedAt, error: "BuildError: exit 1", cause: "x".repeat(4_000) };

const never: OfficeHistory = { consecutiveFailures: 0 };
const succeeded: OfficeHistory = {
  lastBuild: success,
  lastSuccess: success,
  consecutiveFailures: 0,
};
const broke: OfficeHistory = { lastBuild: failure, lastSuccess: success, consecutiveFailures: 1 };

describe("officeStatusOf", () => {
  it.each<[Phase, OfficeHistory | undefined, object]>([
    ["idle", undefined, { state: "idle" }],
    ["idle", never, { state: "idle" }],
    ["idle", succeeded, { state: "published", published }],
    ["idle", broke, { state: "failed", published, failure: failed }],
    ["waiting", succeeded, { state: "queued", published }],
    ["ready", never, { state: "queued" }],
    ["building", broke, { state: "building", published, failure: failed }],
    ["retrying", broke, { state: "failed", published, failure: failed }],
    ["failed", broke, { state: "failed", published, failure: failed }],
  ])("phase %s with %j", (phase, history, expected) => {
    const status = officeStatusOf("kutno", phase, history);
    expect(status).toEqual({ office: "kutno", ...expected });
    expect(officeStatusSchema.parse(status)).toEqual(status);
  });
});
