// Phones and e-mails as links residents can use directly: tel: with the international number,
// mailto: with the address visible as the link text (never hidden behind JavaScript).
import type { Email, Location, Phone } from "@mops/shared";
import { linkContactsInText } from "../markdown/contact-autolink.ts";
import type { ContactLinkView } from "./chrome.ts";

/** "24/2537847" → "tel:+48242537847"; numbers already international keep their prefix. */
export function telHref(number: string): string {
  const international = number.trim().startsWith("+");
  const digits = number.replace(/\D/g, "");
  if (international) return `tel:+${digits}`;
  const national = digits.replace(/^0(?=\d{9}$)/, "");
  return national.length === 9 ? `tel:+48${national}` : `tel:${digits}`;
}

export function phoneLink(phone: Phone): ContactLinkView {
  return {
    text: phone.number,
    href: telHref(phone.number),
    ...(phone.label ? { label: phone.label } : {}),
  };
}

export function emailLink(email: Email): ContactLinkView {
  return {
    text: email.address,
    href: `mailto:${email.address}`,
    ...(email.label ? { label: email.label } : {}),
  };
}

export interface LocationView {
  label?: string;
  lines: string[];
  phones: ContactLinkView[];
  /** The location's note as HTML, phones and e-mails linked. */
  noteHtml?: string;
}

export function locationView(location: Location): LocationView {
  return {
    ...(location.label ? { label: location.label } : {}),
    lines: [location.street, [location.postalCode, location.city].filter(Boolean).join(" ")],
    phones: location.phones.map(phoneLink),
    ...(location.note ? { noteHtml: linkContactsInText(location.note) } : {}),
  };
}
