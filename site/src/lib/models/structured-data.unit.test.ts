import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { officeJsonLd } from "./structured-data.ts";

const TODAY = "2026-11-23";
type Spec = {
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  description?: string;
};
type Office = {
  "@type": string;
  openingHoursSpecification?: Spec[];
  department?: Array<{ name: string; openingHoursSpecification: Spec[] }>;
};

describe("officeJsonLd", () => {
  it("gives Kutno's departments their split hours and holidays in the coming weeks", () => {
    const data = officeJsonLd(fixtureContent("kutno"), TODAY) as Office;
    expect(data["@type"]).toBe("GovernmentOffice");
    expect(data.openingHoursSpecification).toBeUndefined();
    const dps = data.department?.find(
      (department) => department.name === "Dział Pomocy Środowiskowej",
    );
    const monday = dps?.openingHoursSpecification.filter((spec) =>
      spec.dayOfWeek?.includes("https://schema.org/Monday"),
    );
    expect(monday?.map((spec) => `${spec.opens}–${spec.closes}`)).toEqual([
      "09:00–11:00",
      "13:00–14:00",
    ]);
    const christmas = dps?.openingHoursSpecification.find(
      (spec) => spec.validFrom === "2026-12-25",
    );
    expect(christmas).toMatchObject({ opens: "00:00", closes: "00:00" });
  });

  it("gives Kraśnik's office its general hours and address", () => {
    const data = officeJsonLd(fixtureContent("krasnik"), TODAY) as Office & {
      address?: object;
      telephone?: string;
    };
    expect(data.openingHoursSpecification?.length).toBeGreaterThan(0);
    expect(data.address).toMatchObject({
      "@type": "PostalAddress",
      addressLocality: "Kraśnik",
      addressCountry: "PL",
    });
    expect(data.telephone).toMatch(/^\+48\d{9}$/);
  });
});
