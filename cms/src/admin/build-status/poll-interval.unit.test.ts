import { BUSY_STATUS_POLL_MS, type OfficeStatus } from "@mops/shared/protocol/office-status";
import { describe, expect, it } from "vitest";
import { AFTER_CHANGE_MS, nextPollMs, QUIET_POLL_MS } from "./poll-interval";

const office = (state: OfficeStatus["state"] | null) => ({
  status: state === null ? null : ({ state } as OfficeStatus),
});
const now = Date.parse("2026-12-03T10:00:00Z");

describe("nextPollMs", () => {
  it.each([
    ["a build queued", [office("queued")], undefined, BUSY_STATUS_POLL_MS],
    ["a build running", [office("idle"), office("building")], undefined, BUSY_STATUS_POLL_MS],
    ["all quiet, nothing changed", [office("idle")], undefined, QUIET_POLL_MS],
    ["an office never built", [office(null)], undefined, QUIET_POLL_MS],
    ["all quiet, saved a moment ago", [office("idle")], now - 500, BUSY_STATUS_POLL_MS],
    ["no answer yet, published just now", undefined, now, BUSY_STATUS_POLL_MS],
    [
      "all quiet, saved just within the window",
      [office("idle")],
      now - AFTER_CHANGE_MS + 1,
      BUSY_STATUS_POLL_MS,
    ],
    ["all quiet, saved long ago", [office("idle")], now - AFTER_CHANGE_MS, QUIET_POLL_MS],
    ["the request failed, nothing changed", undefined, undefined, QUIET_POLL_MS],
  ])("%s: %i ms", (_name, offices, changedAtMs, expected) => {
    expect(nextPollMs(offices, now, changedAtMs)).toBe(expected);
  });
});
