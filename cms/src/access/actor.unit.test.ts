import { describe, expect, it } from "vitest";
import { actorOf } from "./actor";

describe("actorOf", () => {
  it.each([
    ["no user (bootstrap, API token)", undefined, { kind: "system" }],
    [
      "a user without roles (least privilege)",
      { email: "u@example.org", role: { type: "authenticated" } },
      { kind: "editor", email: "u@example.org" },
    ],
    [
      "a super admin",
      { email: "a@example.org", roles: [{ code: "strapi-super-admin" }] },
      { kind: "super-admin", email: "a@example.org" },
    ],
    [
      "an office editor",
      { email: "r@example.org", roles: [{ code: "mops-office-editor" }] },
      { kind: "editor", email: "r@example.org" },
    ],
    [
      "an admin without roles",
      { email: "e@example.org", roles: [] },
      { kind: "editor", email: "e@example.org" },
    ],
  ])("%s", (_who, user, actor) => {
    expect(actorOf(user)).toEqual(actor);
  });
});
