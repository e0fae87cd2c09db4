import { officeSlugs } from "@mops/shared/fixtures";
import { hsdsErrors } from "@mops/shared/test-support/hsds-validator";
import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { hsdsOrganizations } from "./portal-hsds.ts";

const TODAY = "2026-11-23";
type Service = { id: string; name: string; service_areas: Array<{ description: string }> };
type Organization = { id: string; name: string; services: Service[] };
const page = hsdsOrganizations(officeSlugs.map(fixtureContent), TODAY) as unknown as {
  total_items: number;
  contents: Organization[];
};

describe("the portal's HSDS export of all offices", () => {
  it("holds every office once", () => {
    expect(page.total_items).toBe(officeSlugs.length);
    expect(page.contents.map((o) => o.name).sort()).toEqual(
      officeSlugs.map((slug) => fixtureContent(slug).office.name).sort(),
    );
  });

  it.each(officeSlugs.map((slug) => [slug]))(
    "has %s's organization and services valid against the standard's schemas",
    (slug) => {
      const { services, ...organization } = page.contents.find(
        (o) => o.name === fixtureContent(slug).office.name,
      )!;
      expect(hsdsErrors("organization", organization)).toEqual([]);
      for (const service of services)
        expect([service.name, hsdsErrors("service", service)]).toEqual([service.name, []]);
    },
  );

  it("gives Kraśnik's services its postal codes as a service area", () => {
    const krasnik = page.contents.find((o) => o.name.includes("Kraśniku"))!;
    expect(krasnik.services[0]?.service_areas[0]?.description).toContain("23-204");
  });
});
