// schema.org data of the office for search engines: GovernmentOffice with its address, contacts
// and opening hours (the regular week in openingHoursSpecification; seasons, exceptions and
// holidays of the coming weeks in specialOpeningHoursSpecification, from the shared export), and
// each department with its own reception hours.
import { type Schedule, toSchemaOrgHours } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { absoluteUrl, routes } from "../routes.ts";
import { dateAfter } from "./build-day.ts";
import { telHref } from "./contact-links.ts";

/** How far ahead dated items (holidays, seasons, exceptions) are listed. */
export const STRUCTURED_DATA_DAYS = 90;

/** Both lists of hours of a place's schedules, the special one left out when empty. */
function openingHours(schedules: Schedule[], today: string, days: number) {
  const hours = toSchemaOrgHours(schedules, { from: today, to: dateAfter(today, days) });
  return hours.specialOpeningHoursSpecification.length > 0
    ? hours
    : { openingHoursSpecification: hours.openingHoursSpecification };
}

export function officeJsonLd(
  content: OfficeContent,
  today: string,
  days = STRUCTURED_DATA_DAYS,
): object {
  const { office } = content;
  const main = office.locations[0];
  const general = content.schedules.filter(
    (schedule) => !schedule.department && !schedule.programme,
  );
  const departments = content.departments
    .map((department) => ({
      department,
      schedules: content.schedules.filter(
        (schedule) => schedule.department?.slug === department.slug && !schedule.programme,
      ),
    }))
    .filter((item) => item.schedules.length > 0);
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
      ? { telephone: telHref(office.phones[0].number).slice("tel:".length) }
      : {}),
    ...(office.emails[0] ? { email: office.emails[0].address } : {}),
    ...(general.length > 0 ? openingHours(general, today, days) : {}),
    ...(departments.length > 0
      ? {
          department: departments.map(({ department, schedules }) => ({
            "@type": "GovernmentOffice",
            name: department.name,
            url: absoluteUrl(routes.department(department.slug), office.siteUrl),
            ...openingHours(schedules, today, days),
          })),
        }
      : {}),
  };
}
