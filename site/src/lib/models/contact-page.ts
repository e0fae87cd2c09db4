// Kontakt: every location (the office's addresses, each department's own), the phones as tel:
// links and e-mails as visible mailto: links of the office, its departments and programmes,
// what to do when the office gave no phone, electronic inboxes (ePUAP, e-Doręczenia), the BIP
// link and the printable hours-and-contacts sheet.
import type { OfficeContent } from "../content/office-content.ts";
import { routes } from "../routes.ts";
import type { LinkView } from "./chrome.ts";
import { type ContactFallbackView, contactFallback } from "./contact-fallback.ts";
import { type OfficeContactsView, officeContacts } from "./contact-places.ts";
import { type HoursTableView, hoursTable } from "./hours-table.ts";
import { hasPage } from "./office-pages.ts";

export interface ContactPageView extends OfficeContactsView {
  inboxes: Array<{ label: string; value: string }>;
  bip?: LinkView;
  /** Said when the office has published no general phone, with the other ways to reach it. */
  fallback?: ContactFallbackView;
  /** The office's general hours (schedules of no department or programme). */
  hours: HoursTableView[];
  /** The one-page sheet of all hours and contacts, when the office has any. */
  printable?: LinkView;
}

export function contactPage(content: OfficeContent, today: string): ContactPageView {
  const { office } = content;
  const inboxes: ContactPageView["inboxes"] = [];
  if (office.epuapAddress)
    inboxes.push({ label: "Adres skrytki ePUAP", value: office.epuapAddress });
  if (office.eDeliveryAddress) {
    inboxes.push({ label: "Adres do e-Doręczeń", value: office.eDeliveryAddress });
  }
  const fallback = contactFallback(content, routes.contact());
  return {
    ...officeContacts(content),
    inboxes,
    ...(fallback ? { fallback } : {}),
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
    ...(hasPage(content, "hoursAndContacts")
      ? {
          printable: {
            label: "Godziny i kontakt na jednej stronie",
            href: routes.hoursAndContacts(),
            hint: "do wydruku",
          },
        }
      : {}),
  };
}
