import { describe, expect, it } from "vitest";
import { departmentRuleErrors } from "./content-rules.ts";

describe("department service-status rules", () => {
  describe.each([
    // fields, paths of the broken rules
    [{}, []],
    [{ serviceStatus: "normal" }, []],
    [{ serviceStatus: "normal", serviceStatusReason: "" }, []],
    [{ serviceStatus: "limited", serviceStatusReason: "Remont" }, []],
    [{ serviceStatus: "limited" }, ["serviceStatusReason"]],
    [{ serviceStatus: "limited", serviceStatusReason: "   " }, ["serviceStatusReason"]],
    [{ serviceStatus: "suspended", serviceStatusReason: null }, ["serviceStatusReason"]],
    // an end date in the past is an expired status, not an error
    [
      {
        serviceStatus: "suspended",
        serviceStatusReason: "Awaria",
        serviceStatusUntil: "2001-01-01",
      },
      [],
    ],
    [{ serviceStatusFrom: "2026-12-10", serviceStatusUntil: "2026-12-10" }, []],
    [{ serviceStatusFrom: "2026-12-10", serviceStatusUntil: "2026-12-09" }, ["serviceStatusUntil"]],
    [
      {
        serviceStatus: "limited",
        serviceStatusFrom: "2026-12-10",
        serviceStatusUntil: "2026-12-01",
      },
      ["serviceStatusReason", "serviceStatusUntil"],
    ],
  ])("%j", (fields, paths) => {
    it(`breaks ${paths.length ? paths.join(", ") : "nothing"}`, () => {
      expect(departmentRuleErrors({ slug: "dps", ...fields }).map((e) => e.path)).toEqual(paths);
    });
  });

  it.each([
    ["limited", /działa w ograniczonym zakresie/],
    ["suspended", /działalność działu jest zawieszona/],
  ])("says in Polish why a %s status needs a reason", (serviceStatus, message) => {
    const [error] = departmentRuleErrors({ serviceStatus });
    expect(error?.message).toMatch(/^Podaj powód/);
    expect(error?.message).toMatch(message);
  });

  it("names both dates when the end is before the start", () => {
    const [error] = departmentRuleErrors({
      serviceStatusFrom: "2026-12-10",
      serviceStatusUntil: "2026-12-09",
    });
    expect(error?.message).toContain("09.12.2026");
    expect(error?.message).toContain("10.12.2026");
  });
});
