// Ochrona danych osobowych: the information clause of art. 13 GDPR, filled with the office's
// controller and data protection officer.
import type { OfficeContent } from "../content/office-content.ts";
import type { ContactLinkView } from "./chrome.ts";
import { emailLink, phoneLink } from "./contact-links.ts";

export interface GdprPageView {
  controller: string;
  dpoName?: string;
  dpoEmail: ContactLinkView;
  dpoPhone?: ContactLinkView;
  /** The site itself: no cookies, no trackers, no third parties. */
  siteProcessing: string;
}

export function gdprPage(content: OfficeContent): GdprPageView {
  const { gdpr } = content.office;
  return {
    controller: gdpr.controller,
    ...(gdpr.dpoName ? { dpoName: gdpr.dpoName } : {}),
    dpoEmail: emailLink({ address: gdpr.dpoEmail }),
    ...(gdpr.dpoPhone ? { dpoPhone: phoneLink({ number: gdpr.dpoPhone }) } : {}),
    siteProcessing:
      "Ten serwis nie używa plików cookie, nie zbiera statystyk odwiedzin i nie pobiera niczego z serwerów innych podmiotów, więc przeglądanie go nie przekazuje nikomu danych o odwiedzających.",
  };
}
