import { describe, expect, it } from "vitest";
import { departmentSchema } from "./department.ts";
import { type ServiceStatusFields, serviceStatusOn } from "./service-status.ts";

const limited = (from?: string, until?: string): ServiceStatusFields => ({
  serviceStatus: "limited",
  serviceStatusReason: "Remont pomieszczeń na parterze",
  serviceStatusFrom: from,
  serviceStatusUntil: until,
});

describe("serviceStatusOn", () => {
  describe.each([
    // fields, day, expected state
    [{ serviceStatus: "normal" } as const, "2026-12-03", "normal"],
    [
      { serviceStatus: "normal", serviceStatusUntil: "2026-12-31" } as const,
      "2026-12-03",
      "normal",
    ],
    [limited(), "2026-12-03", "limited"],
    [limited(undefined, "2026-12-15"), "2026-12-03", "limited"],
    [limited(undefined, "2026-12-15"), "2026-12-15", "limited"],
    [limited(undefined, "2026-12-15"), "2026-12-16", "normal"],
    [limited("2026-12-10", "2026-12-15"), "2026-12-09", "normal"],
    [limited("2026-12-10", "2026-12-15"), "2026-12-10", "limited"],
    [limited("2026-12-10"), "2030-01-01", "limited"],
    [
      { ...limited(undefined, "2026-12-31"), serviceStatus: "suspended" } as const,
      "2026-12-31",
      "suspended",
    ],
    [
      { ...limited(undefined, "2026-12-31"), serviceStatus: "suspended" } as const,
      "2027-01-01",
      "normal",
    ],
  ])("%j on %s", (fields, day, state) => {
    it(`is ${state}`, () => {
      expect(serviceStatusOn(fields, day).state).toBe(state);
    });
  });

  describe.each([
    // until, the instant it ends (midnight after `until` in Warsaw: CET in winter, CEST in summer)
    ["2026-12-15", "2026-12-15T23:00:00.000Z"],
    ["2026-07-31", "2026-07-31T22:00:00.000Z"],
    ["2026-03-28", "2026-03-28T23:00:00.000Z"],
    ["2026-10-24", "2026-10-24T22:00:00.000Z"],
  ])("ending on %s", (until, instant) => {
    it(`ends at ${instant}, with the reason`, () => {
      const status = serviceStatusOn(limited(undefined, until), until);
      expect(status).toEqual({
        state: "limited",
        reason: "Remont pomieszczeń na parterze",
        until,
        endsAt: Date.parse(instant),
      });
    });
  });

  it("has no end instant without an end date", () => {
    expect(serviceStatusOn(limited(), "2026-12-03")).toMatchObject({ endsAt: undefined });
  });
});

describe("department service-status fields", () => {
  const base = {
    documentId: "d1",
    name: "Dział Pomocy Środowiskowej",
    slug: "dps",
    phones: [],
    emails: [],
    services: [],
  };

  it.each([
    [{}, { serviceStatus: "normal" }],
    [{ serviceStatus: null, serviceStatusReason: null }, { serviceStatus: "normal" }],
    [
      {
        serviceStatus: "suspended",
        serviceStatusReason: "  Awaria systemu  ",
        serviceStatusFrom: "2026-12-01",
        serviceStatusUntil: "2026-12-04",
      },
      {
        serviceStatus: "suspended",
        serviceStatusReason: "Awaria systemu",
        serviceStatusFrom: "2026-12-01",
        serviceStatusUntil: "2026-12-04",
      },
    ],
  ])("reads %j", (fields, expected) => {
    const parsed = departmentSchema.parse({ ...base, ...fields });
    expect(parsed).toMatchObject(expected);
    if (!("serviceStatusUntil" in expected)) expect(parsed.serviceStatusUntil).toBeUndefined();
  });

  it.each([{ serviceStatus: "closed" }, { serviceStatusUntil: "15.12.2026" }])(
    "refuses %j",
    (fields) => {
      expect(departmentSchema.safeParse({ ...base, ...fields }).success).toBe(false);
    },
  );
});
