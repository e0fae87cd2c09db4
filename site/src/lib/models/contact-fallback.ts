// When an office has published no general phone number, residents are told so in words and
// offered the other ways the office's data allows, best first: its e-mail, the departments' and
// programmes' own numbers, an electronic inbox, a visit in person, the BIP, and, when there is
// nothing else, the accessibility coordinator every office must name.
import type { OfficeContent } from "../content/office-content.ts";
import type { LinkView } from "./chrome.ts";
import { emailLink } from "./contact-links.ts";

export interface ContactWayView {
  /** Words before the link (they follow "Możesz:"), or the whole way when it has no link. */
  text: string;
  link?: LinkView;
}

export interface ContactFallbackView {
  notice: string;
  ways: ContactWayView[];
}

/** The home page's line when the office published neither a phone nor an e-mail. */
export const noContactNotice =
  "Ośrodek nie opublikował jeszcze numeru telefonu ani adresu e-mail. Sprawę można załatwić osobiście w siedzibie ośrodka.";

export const NO_PHONE = "Ośrodek nie podał ogólnego numeru telefonu.";
export const NO_PHONE_NOR_EMAIL = "Ośrodek nie podał ogólnego numeru telefonu ani adresu e-mail.";

/** Where on the contact page the departments' and programmes' numbers are. */
export const OWN_NUMBERS_ANCHOR = "dzialy-i-programy";

function ways(content: OfficeContent, contactPath: string): ContactWayView[] {
  const { office } = content;
  const ownNumbers = [...content.departments, ...content.programmes].some(
    (entry) => entry.phones.length > 0 || ("location" in entry && entry.location?.phones.length),
  );
  const main = office.locations[0];
  const result: ContactWayView[] = office.emails.map((email) => ({
    text: "napisać e-mail: ",
    link: { label: email.address, href: emailLink(email).href },
  }));
  if (ownNumbers) {
    result.push({
      text: "zadzwonić bezpośrednio do działu lub programu: ",
      link: { label: "numery działów i programów", href: `${contactPath}#${OWN_NUMBERS_ANCHOR}` },
    });
  }
  if (office.epuapAddress) {
    result.push({ text: `wysłać pismo przez ePUAP na adres skrytki ${office.epuapAddress}.` });
  }
  if (main) {
    const address = [main.street, [main.postalCode, main.city].filter(Boolean).join(" ")];
    result.push({ text: `przyjść osobiście: ${address.join(", ")}.` });
  }
  if (office.bipUrl) {
    result.push({
      text: "sprawdzić dane kontaktowe w ",
      link: {
        label: "Biuletynie Informacji Publicznej",
        href: office.bipUrl,
        hint: "link zewnętrzny",
      },
    });
  }
  if (result.length === 0) {
    const coordinator = office.accessibility.coordinatorEmail;
    result.push({
      text: "napisać do koordynatora do spraw dostępności ośrodka: ",
      link: { label: coordinator, href: `mailto:${coordinator}` },
    });
  }
  return result;
}

/** The notice and other ways, or undefined when the office has a general phone. */
export function contactFallback(
  content: OfficeContent,
  contactPath: string,
): ContactFallbackView | undefined {
  const { office } = content;
  const phones = office.phones.length + office.locations.flatMap((l) => l.phones).length;
  if (phones > 0) return undefined;
  return {
    notice: office.emails.length > 0 ? NO_PHONE : NO_PHONE_NOR_EMAIL,
    ways: ways(content, contactPath),
  };
}
