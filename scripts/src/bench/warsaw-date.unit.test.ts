import { describe, expect, it } from "vitest";
import { warsawDateTime, warsawOffsetText } from "./warsaw-date.ts";

describe("Warsaw dates", () => {
  it.each([
    ["2026-01-15T12:00:00Z", "+01:00"],
    ["2026-07-15T12:00:00Z", "+02:00"],
    ["2026-03-29T00:59:00Z", "+01:00"],
    ["2026-03-29T01:00:00Z", "+02:00"],
    ["2026-10-25T00:59:00Z", "+02:00"],
    ["2026-10-25T01:00:00Z", "+01:00"],
  ])("offset at %s is %s", (instant, offset) => {
    expect(warsawOffsetText(new Date(instant))).toBe(offset);
  });

  it.each([
    [0, 9, 0, "2026-11-23T09:00:00+01:00"],
    [1, 14, 45, "2026-11-22T14:45:00+01:00"],
    [150, 12, 30, "2026-06-26T12:30:00+02:00"],
  ])("%d days before, at %d:%d", (days, hour, minute, expected) => {
    expect(warsawDateTime(new Date("2026-11-23T12:00:00+01:00"), days, hour, minute)).toBe(
      expected,
    );
    expect(Date.parse(expected)).not.toBeNaN();
  });
});
