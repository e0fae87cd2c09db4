// Kontakt: every location, phones as tel: links, e-mails as visible mailto: links, electronic
// inboxes (ePUAP, e-Doręczenia) and the BIP link.
import type { OfficeContent } from "../content/office-content.ts";
import { routes } from "../routes.ts";
import type { ContactLinkView, LinkView } from "./chrome.ts";
import { emailLink, type LocationView, locationView, phoneLink } from "./contact-links.ts";
import { type HoursTableView, hoursTable } from "./hours-table.ts";

export interface ContactPageView {
  locations: LocationView[];
  phones: ContactLinkView[];
  emails: ContactLinkView[];
  inboxes: Array<{ label: string; value: string }>;
  bip?: LinkView;
  /** Said when the office has published no phone and no e-mail, so the page is never blank. */
  noContact?: string;
  /** The office's general hours (schedules of no department or programme). */
  hours: HoursTableView[];
  departments: Array<{
    name: string;
    href: string;
    phones: ContactLinkView[];
    emails: ContactLinkView[];
  }>;
}

export const noContactNotice =
  "Ośrodek nie opublikował jeszcze numeru telefonu ani adresu e-mail. Sprawę można załatwić osobiście w siedzibie ośrodka.";

export function contactPage(content: OfficeContent, today: string): ContactPageView {
  const { office } = content;
  const inboxes: ContactPageView["inboxes"] = [];
  if (office.epuapAddress)
    inboxes.push({ label: "Adres skrytki ePUAP", value: office.epuapAddress });
  if (office.eDeliveryAddress) {
    inboxes.push({ label: "Adres do e-Doręczeń", value: office.eDeliveryAddress });
  }
  return {
    locations: office.locations.map(locationView),
    phones: office.phones.map(phoneLink),
    emails: office.emails.map(emailLink),
    inboxes,
    ...(office.phones.length === 0 && office.emails.length === 0
      ? { noContact: noContactNotice }
      : {}),
    ...(office.bipUrl
      ? {
          bip: {
            label: "Biuletyn Informacji Publicznej",
            href: office.bipUrl,
            hint: "link zewnętrzny",
          },
        }
      : {}),
    hours: content.schedules
      .filter((schedule) => !schedule.department && !schedule.programme)
      .map((schedule) => hoursTable(schedule, schedule.label, today)),
    departments: content.departments
      .filter((department) => department.phones.length > 0 || department.emails.length > 0)
      .map((department) => ({
        name: department.name,
        href: routes.department(department.slug),
        phones: department.phones.map(phoneLink),
        emails: department.emails.map(emailLink),
      })),
  };
}
