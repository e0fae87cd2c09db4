import { statusAt } from "@mops/shared";
import { officeSlugs } from "@mops/shared/fixtures";
import {
  type SchemaOrgPlaceHours,
  schemaOrgOpenAt,
} from "@mops/shared/test-support/schema-org-reader";
import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { officeJsonLd } from "./structured-data.ts";

const TODAY = "2026-11-23";
type Spec = {
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
  description?: string;
};
type Place = SchemaOrgPlaceHours & { name: string };
type Office = Place & {
  "@type": string;
  openingHoursSpecification?: Spec[];
  specialOpeningHoursSpecification?: Spec[];
  department?: Array<Place & { openingHoursSpecification: Spec[] }>;
};

describe("officeJsonLd", () => {
  it("gives Kutno's departments their split hours, and holidays as special hours", () => {
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
    expect(dps?.openingHoursSpecification.some((spec) => spec.validFrom === "2026-12-25")).toBe(
      false,
    );
    const christmas = dps?.specialOpeningHoursSpecification?.find(
      (spec) => spec.validFrom === "2026-12-25",
    );
    expect(christmas).toMatchObject({
      opens: "00:00",
      closes: "00:00",
      validThrough: "2026-12-25",
      description: "Boże Narodzenie (pierwszy dzień)",
    });
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

describe("officeJsonLd read back by a schema.org reader agrees with the engine", () => {
  const YEAR_DAYS = 365;
  const start = Date.parse(`${TODAY}T00:00:00+01:00`);
  const end = start + YEAR_DAYS * 86_400_000;

  it.each(officeSlugs.map((slug) => [slug]))(
    "%s, every quarter-hour of a year",
    (slug) => {
      const content = fixtureContent(slug);
      const data = officeJsonLd(content, TODAY, YEAR_DAYS) as Office;
      const places: [Place, typeof content.schedules][] = [
        [data, content.schedules.filter((schedule) => !schedule.department && !schedule.programme)],
        ...(data.department ?? []).map((place): [Place, typeof content.schedules] => [
          place,
          content.schedules.filter(
            (schedule) => schedule.department?.name === place.name && !schedule.programme,
          ),
        ]),
      ];
      const wrong: string[] = [];
      for (const [place, schedules] of places) {
        if (schedules.length === 0) continue;
        for (let t = start; t < end; t += 15 * 60_000) {
          const engineOpen = schedules.some((schedule) => statusAt(schedule, t).state !== "closed");
          if (schemaOrgOpenAt(place, t) !== engineOpen)
            wrong.push(`${place.name} ${new Date(t).toISOString()}`);
        }
      }
      expect(wrong.slice(0, 5)).toEqual([]);
      // A year of quarter-hours per place: as long as the shared package's unit tests may take.
    },
    60_000,
  );
});

/** Every value under `key` anywhere in the data. */
function valuesOf(data: unknown, key: string): unknown[] {
  if (Array.isArray(data)) return data.flatMap((item) => valuesOf(item, key));
  if (data === null || typeof data !== "object") return [];
  return Object.entries(data).flatMap(([k, v]) => [...(k === key ? [v] : []), ...valuesOf(v, key)]);
}

describe.each(["kalisz", "krasnik", "kutno", "orzesze", "pruszkow"] as const)("%s", (slug) => {
  const content = fixtureContent(slug);
  const data = officeJsonLd(content, TODAY);

  it("has a postal address for every location of the office and its departments", () => {
    const streets = (valuesOf(data, "address") as Array<{ streetAddress: string }>).map(
      (address) => address.streetAddress,
    );
    const locations = [
      ...content.office.locations,
      ...content.departments.flatMap((department) => department.location ?? []),
    ];
    for (const location of locations) expect(streets).toContain(location.street);
  });

  it("has every phone and e-mail of the office, departments and programmes", () => {
    const telephones = new Set(valuesOf(data, "telephone"));
    const emails = new Set(valuesOf(data, "email"));
    const owners = [content.office, ...content.departments, ...content.programmes];
    const phones = [
      ...owners.flatMap((owner) => owner.phones),
      ...content.office.locations.flatMap((location) => location.phones),
      ...content.departments.flatMap((department) => department.location?.phones ?? []),
    ];
    for (const phone of phones) {
      expect(telephones, phone.number).toContain(`+48${phone.number.replace(/\D/g, "")}`);
    }
    for (const email of owners.flatMap((owner) => owner.emails)) {
      expect(emails).toContain(email.address);
    }
  });
});

describe("contact points", () => {
  it("name a programme's number after the programme and link its page", () => {
    const data = officeJsonLd(fixtureContent("krasnik"), TODAY) as {
      contactPoint: Array<{ contactType: string; telephone?: string; url?: string }>;
    };
    expect(data.contactPoint).toContainEqual({
      "@type": "ContactPoint",
      availableLanguage: "pl",
      contactType: "Wspieraj Seniora, infolinia",
      telephone: "+48225051111",
      url: "https://krasnik.mops.example/programy/wspieraj-seniora/",
    });
  });

  it("give Pruszków's Punkt its own address and phones", () => {
    const data = officeJsonLd(fixtureContent("pruszkow"), TODAY) as {
      department: Array<{ name: string; address?: object; contactPoint?: object[] }>;
    };
    const punkt = data.department.find((d) => d.name === "Punkt Przeciwdziałania Przemocy");
    expect(punkt?.address).toEqual({
      "@type": "PostalAddress",
      streetAddress: "ul. Jasna 3",
      addressLocality: "Pruszków",
      addressCountry: "PL",
    });
    expect(valuesOf(punkt?.contactPoint, "telephone")).toEqual(["+48227284497", "+48500135649"]);
  });
});
