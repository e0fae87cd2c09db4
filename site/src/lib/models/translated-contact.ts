// The contact page in Ukrainian or English: the translated office's addresses (street names stay
// Polish, marked so on the page), phones and e-mails, its general hours in the language, the
// departments' and programmes' own contacts, linked to their pages in the language. The printable sheet, electronic inboxes and the BIP
// link are Polish services and keep their Polish names, as does the notice of an office without a
// general phone (docs/decisions.md).
import type { Language } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { hrefIn, localizedPath } from "../i18n/page-languages.ts";
import { type ContactPageView, contactPage } from "./contact-page.ts";
import { hoursTableIn } from "./localized-hours-table.ts";

export function contactPageIn(
  language: Language,
  content: OfficeContent,
  today: string,
): ContactPageView {
  const { printable: _sheet, ...polish } = contactPage(content, today);
  return {
    ...polish,
    departments: polish.departments.map((place) => ({
      ...place,
      ...hrefIn(language, content, place.href),
    })),
    programmes: polish.programmes.map((place) => ({
      ...place,
      href: localizedPath(language, place.href),
    })),
    ...(polish.bip ? { bip: { ...polish.bip, lang: "pl", hreflang: "pl" } } : {}),
    hours: content.schedules
      .filter((schedule) => !schedule.department && !schedule.programme)
      .map((schedule) => hoursTableIn(language, schedule, schedule.label, today)),
  };
}
