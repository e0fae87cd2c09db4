import { describe, expect, it } from "vitest";
import { officeStatusPath, officeStatusSchema } from "./office-status.ts";

describe("officeStatusSchema", () => {
  it.each([
    [{ office: "kutno", state: "idle" }],
    [
      {
        office: "kutno",
        state: "published",
        published: { at: "2026-12-03T09:42:05.000Z", durationMs: 1400 },
      },
    ],
    [
      {
        office: "krasnik",
        state: "failed",
        failure: { at: "2026-12-03T09:42:05+01:00", error: "BuildError: x", cause: "y" },
      },
    ],
  ])("accepts %j", (value) => {
    expect(officeStatusSchema.parse(value)).toEqual(value);
  });

  it.each([
    ["an unknown state", { office: "kutno", state: "done" }],
    ["a slug with capitals", { office: "Kutno", state: "idle" }],
    [
      "a time without zone",
      {
        office: "kutno",
        state: "published",
        published: { at: "2026-12-03T09:42:05", durationMs: 1 },
      },
    ],
    [
      "a negative duration",
      {
        office: "kutno",
        state: "published",
        published: { at: "2026-12-03T09:42:05Z", durationMs: -1 },
      },
    ],
  ])("rejects %s", (_name, value) => {
    expect(officeStatusSchema.safeParse(value).success).toBe(false);
  });
});

describe("officeStatusPath", () => {
  it.each([
    ["kutno", "/offices/kutno/status"],
    ["krasnik", "/offices/krasnik/status"],
  ])("%s → %s", (slug, path) => {
    expect(officeStatusPath(slug)).toBe(path);
  });
});
