import { describe, expect, it } from "vitest";
import type { OfficeStatus } from "../protocol/office-status.ts";
import {
  buildStatusText,
  formatBuildDuration,
  formatBuildTime,
  PREVIOUS_VERSION_STAYS,
} from "./build-status-text.ts";

// 3 December 2026 is winter time in Warsaw (UTC+1); 3 July 2026 is summer time (UTC+2).
const now = Date.parse("2026-12-03T15:00:00Z");

describe("formatBuildTime", () => {
  it.each([
    ["2026-12-03T09:42:05Z", now, "o 10:42:05"],
    ["2026-12-03T08:05:09.900Z", now, "o 9:05:09"],
    ["2026-12-02T22:59:59Z", now, "2\u00a0grudnia o 23:59:59"],
    ["2026-12-02T23:00:00Z", now, "o 0:00:00"],
    ["2026-07-03T08:42:05Z", Date.parse("2026-07-03T20:00:00Z"), "o 10:42:05"],
  ])("%s seen at %d → %s", (at, nowMs, expected) => {
    expect(formatBuildTime(Date.parse(at), nowMs)).toBe(expected);
  });
});

describe("formatBuildDuration", () => {
  it.each([
    [0, "0,0\u00a0s"],
    [1_400, "1,4\u00a0s"],
    [1_449, "1,4\u00a0s"],
    [59_940, "59,9\u00a0s"],
    [59_960, "1\u00a0min 0\u00a0s"],
    [125_000, "2\u00a0min 5\u00a0s"],
  ])("%d ms → %s", (ms, expected) => {
    expect(formatBuildDuration(ms)).toBe(expected);
  });
});

const base = { office: "kutno" } as const;
const published = { at: "2026-12-03T09:42:05Z", durationMs: 1_400 };

describe("buildStatusText", () => {
  it.each<[string, OfficeStatus, string]>([
    ["nothing built yet", { ...base, state: "idle" }, "jeszcze nie opublikowano"],
    ["a change waiting", { ...base, state: "queued", published }, "w kolejce"],
    ["a build running", { ...base, state: "building", published }, "buduje się"],
    [
      "a success",
      { ...base, state: "published", published },
      "opublikowano o 10:42:05 (1,4\u00a0s)",
    ],
    ["a success without its record", { ...base, state: "published" }, "jeszcze nie opublikowano"],
  ])("%s", (_name, status, headline) => {
    expect(buildStatusText(status, now)).toEqual({ headline });
  });

  it.each([
    [
      "a field the build named",
      {
        error: "BuildError: the build of kutno failed: exit 1",
        cause: 'StrapiValidationError: news-post abc123: field "body": Too long',
      },
      "Błąd budowania: wpis „Aktualność” (abc123), pole „body”: Too long.",
    ],
    [
      "an unknown content type",
      { error: 'StrapiValidationError: gadget x1: field "name": Required' },
      "Błąd budowania: wpis „gadget” (x1), pole „name”: Required.",
    ],
    [
      "a failure without an entry",
      { error: "BuildError: timed out after 900 s" },
      "Błąd budowania: BuildError: timed out after 900 s.",
    ],
  ])("a failure: %s", (_name, failure, reason) => {
    const text = buildStatusText(
      { ...base, state: "failed", published, failure: { at: "2026-12-03T09:43:00Z", ...failure } },
      now,
    );
    expect(text).toEqual({
      headline: "nie opublikowano (próba o 10:43:00)",
      detail: `${reason} ${PREVIOUS_VERSION_STAYS}`,
    });
  });
});
