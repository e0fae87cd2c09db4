// schema.org data of the office for search engines: GovernmentOffice with its address,
// contacts and opening hours.
import type { OfficeContent } from "../content/office-content.ts";
import { telHref } from "./contact-links.ts";
import { receptionSchedules } from "./home-page.ts";

export function officeJsonLd(content: OfficeContent): object {
  const { office } = content;
  const main = office.locations[0];
  const general = receptionSchedules(content).filter((item) => !item.schedule.department);
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentOffice",
    name: office.name,
    alternateName: office.shortName,
    url: office.siteUrl,
    ...(main
      ? {
          address: {
            "@type": "PostalAddress",
            streetAddress: main.street,
            ...(main.postalCode ? { postalCode: main.postalCode } : {}),
            addressLocality: main.city,
            addressCountry: "PL",
          },
        }
      : {}),
    ...(office.phones[0]
      ? { telephone: telHref(office.phones[0].number).replace(/^tel:/, "") }
      : {}),
    ...(office.emails[0] ? { email: office.emails[0].address } : {}),
    ...(general.length > 0 ? { openingHoursSpecification: [] } : {}),
  };
}
