import { statusAt } from "@mops/shared";
import { officeSlugs } from "@mops/shared/fixtures";
import { type HsdsScheduleLike, hsdsOpenAt } from "@mops/shared/test-support/hsds-reader";
import { hsdsErrors } from "@mops/shared/test-support/hsds-validator";
import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { hsdsOrganization } from "./hsds-export.ts";

const TODAY = "2026-11-23";
type Service = { id: string; name: string; schedules: HsdsScheduleLike[]; url: string };
type Organization = {
  id: string;
  services: Service[];
  locations: { id: string; schedules: HsdsScheduleLike[] }[];
};

describe.each(officeSlugs.map((slug) => [slug]))("HSDS export of %s", (slug) => {
  const content = fixtureContent(slug);
  const organization = hsdsOrganization(content, TODAY) as unknown as Organization;

  it("is valid against the standard's schemas: the organization and each service", () => {
    const { services, ...rest } = organization;
    expect(hsdsErrors("organization", rest)).toEqual([]);
    for (const service of services)
      expect([service.name, hsdsErrors("service", service)]).toEqual([service.name, []]);
  });

  it("has unique ids", () => {
    const ids: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === "object") {
        const { id, ...rest } = value as { id?: unknown };
        if (typeof id === "string") ids.push(id);
        Object.values(rest).forEach(collect);
      }
    };
    collect(organization);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives each department and programme a service with the engine's hours", () => {
    expect(organization.services.length).toBe(
      content.departments.length + content.programmes.length,
    );
    const start = Date.parse(`${TODAY}T00:00:00+01:00`);
    const wrong: string[] = [];
    const owners: [string, HsdsScheduleLike[], typeof content.schedules][] = [
      ...content.departments.map(
        (department, index): [string, HsdsScheduleLike[], typeof content.schedules] => [
          department.name,
          organization.services[index]!.schedules,
          content.schedules.filter((s) => s.department?.slug === department.slug && !s.programme),
        ],
      ),
      [
        "location",
        organization.locations[0]?.schedules ?? [],
        content.schedules.filter((s) => !s.department && !s.programme),
      ],
    ];
    // Every hour and a quarter over eight weeks: the year-long agreement is the shared test's.
    for (const [name, entries, schedules] of owners) {
      for (let t = start; t < start + 56 * 86_400_000; t += 75 * 60_000) {
        const engineOpen = schedules.some((s) => statusAt(s, t).state !== "closed");
        if (hsdsOpenAt(entries, t) !== engineOpen)
          wrong.push(`${name} ${new Date(t).toISOString()}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
