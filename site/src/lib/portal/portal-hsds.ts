// /dane/hsds/organizations.json on the regional portal: every office's HSDS organization (the
// same export each office site publishes) in one HSDS API page of organizations, with each
// office's areas as HSDS service areas of its services.
import { stableUuid } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { type HsdsObject, hsdsOrganization } from "../models/hsds-export.ts";

function serviceAreas(content: OfficeContent, serviceId: string): HsdsObject[] {
  return content.office.areas.map((area, index) => ({
    id: stableUuid(`hsds/${content.office.slug}/service-area/${serviceId}/${index}`),
    service_id: serviceId,
    name: area.municipality,
    description: [
      area.postalCodes.length > 0 && `Kody pocztowe: ${area.postalCodes.join(", ")}.`,
      area.places.length > 0 && `Miejscowości: ${area.places.join(", ")}.`,
    ]
      .filter(Boolean)
      .join(" "),
  }));
}

/** One office's organization with its areas on every service. */
export function hsdsOrganizationWithAreas(content: OfficeContent, today: string): HsdsObject {
  const organization = hsdsOrganization(content, today);
  const services = organization.services as HsdsObject[];
  return {
    ...organization,
    services: services.map((service) => ({
      ...service,
      service_areas: serviceAreas(content, String(service.id)),
    })),
  };
}

/** Every office, sorted by slug, as one page of the HSDS API's `/organizations`. */
export function hsdsOrganizations(contents: readonly OfficeContent[], today: string): HsdsObject {
  const organizations = [...contents]
    .sort((a, b) => a.office.slug.localeCompare(b.office.slug))
    .map((content) => hsdsOrganizationWithAreas(content, today));
  return {
    total_items: organizations.length,
    total_pages: 1,
    page_number: 1,
    size: organizations.length,
    first_page: true,
    last_page: true,
    empty: organizations.length === 0,
    contents: organizations,
  };
}
