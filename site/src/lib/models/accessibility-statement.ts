// Deklaracja dostępności, generated from the office's data, with the element ids that Poland's
// technical conditions for accessibility statements (v2.0) require.
import type { OfficeContent } from "../content/office-content.ts";
import { renderMarkdown } from "../markdown/render-markdown.ts";
import type { ContactLinkView } from "./chrome.ts";
import { emailLink, phoneLink } from "./contact-links.ts";

export const STATEMENT_IDS = [
  "a11y-wstep",
  "a11y-podmiot",
  "a11y-zakres",
  "a11y-url",
  "a11y-data-publikacja",
  "a11y-data-aktualizacja",
  "a11y-status",
  "a11y-kontakt",
  "a11y-email",
  "a11y-telefon",
  "a11y-procedura",
  "a11y-data-sporzadzenie",
  "a11y-architektura",
  "a11y-komunikacja",
] as const;

const STATUS_TEXT = {
  full: "Strona internetowa jest zgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.",
  partial:
    "Strona internetowa jest częściowo zgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności lub wyłączeń wymienionych poniżej.",
  none: "Strona internetowa jest niezgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.",
} as const;

export interface AccessibilityStatementView {
  entity: string;
  siteUrl: string;
  publishedOn: string;
  updatedOn: string;
  preparedOn: string;
  statusText: string;
  nonAccessibleHtml?: string;
  coordinator: string;
  email: ContactLinkView;
  /** Missing when the office has not given the coordinator's phone. */
  phone?: ContactLinkView;
  architectureHtml: string;
  pjmVideoUrl?: string;
  hasEasyToRead: boolean;
}

export function accessibilityStatement(content: OfficeContent): AccessibilityStatementView {
  const { office } = content;
  const a11y = office.accessibility;
  const markdown = (text: string) =>
    renderMarkdown(text, { siteOrigin: office.siteUrl, headingBase: 3 });
  return {
    entity: office.name,
    siteUrl: office.siteUrl,
    // Dates stay "YYYY-MM-DD", the format the technical conditions require.
    publishedOn: a11y.statementPublishedOn,
    updatedOn: a11y.statementUpdatedOn,
    preparedOn: a11y.statementUpdatedOn,
    statusText: STATUS_TEXT[a11y.complianceStatus],
    ...(a11y.nonAccessibleContent
      ? { nonAccessibleHtml: markdown(a11y.nonAccessibleContent) }
      : {}),
    coordinator: a11y.coordinatorName,
    email: emailLink({ address: a11y.coordinatorEmail }),
    ...(a11y.coordinatorPhone ? { phone: phoneLink({ number: a11y.coordinatorPhone }) } : {}),
    architectureHtml: markdown(a11y.architecturalAccessibility),
    ...(a11y.pjmVideoUrl ? { pjmVideoUrl: a11y.pjmVideoUrl } : {}),
    hasEasyToRead: Boolean(a11y.easyToRead),
  };
}
