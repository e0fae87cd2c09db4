// schema.org data of the office for search engines: GovernmentOffice with every address
// (`location`), its contact points (the office's phones and e-mails, each programme's), its
// opening hours (the regular week in openingHoursSpecification; seasons, exceptions and holidays
// of the coming weeks in specialOpeningHoursSpecification, from the shared export), and each
// department with its own address, contacts and reception hours.
import {
  type Email,
  type Location,
  type Phone,
  type Schedule,
  toSchemaOrgHours,
} from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { absoluteUrl, routes } from "../routes.ts";
import { dateAfter } from "./build-day.ts";
import { telHref } from "./contact-links.ts";

/** How far ahead dated items (holidays, seasons, exceptions) are listed. */
export const STRUCTURED_DATA_DAYS = 90;

/** contactType of a number or address the office gave no label for. */
export const DEFAULT_CONTACT_TYPE = "obsługa interesantów";

/** Both lists of hours of a place's schedules, the special one left out when empty. */
function openingHours(schedules: Schedule[], today: string, days: number) {
  const hours = toSchemaOrgHours(schedules, { from: today, to: dateAfter(today, days) });
  return hours.specialOpeningHoursSpecification.length > 0
    ? hours
    : { openingHoursSpecification: hours.openingHoursSpecification };
}

const telephone = (phone: Phone) => telHref(phone.number).slice("tel:".length);

export function postalAddress(location: Location): object {
  return {
    "@type": "PostalAddress",
    streetAddress: location.street,
    ...(location.postalCode ? { postalCode: location.postalCode } : {}),
    addressLocality: location.city,
    addressCountry: "PL",
  };
}

function place(location: Location, name: string | undefined): object {
  return {
    "@type": "Place",
    ...(location.label || name ? { name: location.label ?? name } : {}),
    address: postalAddress(location),
    ...(location.phones[0] ? { telephone: telephone(location.phones[0]) } : {}),
  };
}

/** One ContactPoint per phone (each number once) and e-mail, typed by its label or by what it belongs to. */
function contactPoints(
  phones: readonly Phone[],
  emails: readonly Email[],
  of?: { name: string; url: string },
): object[] {
  const type = (label: string | undefined) =>
    [of?.name, label].filter(Boolean).join(", ") || DEFAULT_CONTACT_TYPE;
  const common = {
    "@type": "ContactPoint",
    availableLanguage: "pl",
    ...(of ? { url: of.url } : {}),
  };
  const seen = new Set<string>();
  const unique = phones.filter(
    (phone) => !seen.has(telephone(phone)) && seen.add(telephone(phone)),
  );
  return [
    ...unique.map((phone) => ({
      ...common,
      contactType: type(phone.label),
      telephone: telephone(phone),
    })),
    ...emails.map((email) => ({ ...common, contactType: type(email.label), email: email.address })),
  ];
}

export function officeJsonLd(
  content: OfficeContent,
  today: string,
  days = STRUCTURED_DATA_DAYS,
): object {
  const { office } = content;
  const main = office.locations[0];
  const url = (path: string) => absoluteUrl(path, office.siteUrl);
  const general = content.schedules.filter(
    (schedule) => !schedule.department && !schedule.programme,
  );
  const points = [
    ...contactPoints(
      [...office.locations.flatMap((location) => location.phones), ...office.phones],
      office.emails,
    ),
    ...content.programmes.flatMap((programme) =>
      contactPoints(programme.phones, programme.emails, {
        name: programme.title,
        url: url(routes.programme(programme.slug)),
      }),
    ),
  ];
  const departments = content.departments.flatMap((department) => {
    const schedules = content.schedules.filter(
      (schedule) => schedule.department?.slug === department.slug && !schedule.programme,
    );
    const phones = [...(department.location?.phones ?? []), ...department.phones];
    const hasData = schedules.length + phones.length + department.emails.length > 0;
    if (!hasData && !department.location) return [];
    return [
      {
        "@type": "GovernmentOffice",
        name: department.name,
        url: url(routes.department(department.slug)),
        ...(department.location ? { address: postalAddress(department.location) } : {}),
        ...(phones[0] ? { telephone: telephone(phones[0]) } : {}),
        ...(department.emails[0] ? { email: department.emails[0].address } : {}),
        ...(phones.length + department.emails.length > 0
          ? { contactPoint: contactPoints(phones, department.emails) }
          : {}),
        ...(schedules.length > 0 ? openingHours(schedules, today, days) : {}),
      },
    ];
  });
  const firstPhone = office.phones[0] ?? main?.phones[0];
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentOffice",
    name: office.name,
    alternateName: office.shortName,
    url: office.siteUrl,
    ...(main ? { address: postalAddress(main) } : {}),
    ...(office.locations.length > 0
      ? { location: office.locations.map((location) => place(location, office.name)) }
      : {}),
    ...(firstPhone ? { telephone: telephone(firstPhone) } : {}),
    ...(office.emails[0] ? { email: office.emails[0].address } : {}),
    ...(points.length > 0 ? { contactPoint: points } : {}),
    ...(general.length > 0 ? openingHours(general, today, days) : {}),
    ...(departments.length > 0 ? { department: departments } : {}),
  };
}
