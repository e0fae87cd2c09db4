import { describe, expect, it } from "vitest";
import { adminRouteRules, routeKey, ruleOf, scopeNames } from "./admin-route-rules";

const entries = Object.entries(adminRouteRules);
const methodOf = (key: string) => key.split(" ")[0];

describe("admin route rules", () => {
  it("open what only reads to editors as schema", () => {
    const writes = entries.filter(([key, rule]) => rule === "schema" && methodOf(key) !== "GET");
    expect(writes).toEqual([]);
  });

  it.each(scopeNames.map((name) => [name]))("use the scope %s on some route", (name) => {
    expect(entries.some(([, rule]) => typeof rule === "object" && rule.scope === name)).toBe(true);
  });

  it.each([
    ["GET", "/upload/files", { scope: "media-files" }],
    ["get", "/admin/users", "platform"],
    ["DELETE", "/admin/users/me/sessions", "own-account"],
    ["GET", "/admin/nowa-trasa", undefined],
    ["GET", "toString", undefined],
  ])("%s %s → %j", (method, path, rule) => {
    expect(ruleOf(routeKey(method, path))).toEqual(rule);
  });
});
