// Paths of the regional portal's pages (its own origin, one site for every office).
import { foldLatin } from "@mops/shared";

/** A municipality's or place's anchor id on the A–Z page, e.g. "krasnik". */
export const placeAnchor = (name: string): string =>
  foldLatin(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export const portalRoutes = {
  home: () => "/",
  /** One page of the offices A–Z (see portal-paging.ts). */
  officeList: (key: string) => `/osrodki/${key}/`,
  /** An office's card on its page of the A–Z. */
  office: (listKey: string, slug: string) => `/osrodki/${listKey}/#urzad-${slug}`,
  municipalities: () => "/gminy/",
  municipalityList: (key: string) => `/gminy/${key}/`,
  municipality: (listKey: string, name: string) => `/gminy/${listKey}/#${placeAnchor(name)}`,
  postalCodes: () => "/kody/",
  /** The codes of one two-digit prefix (or a part of them), e.g. "/kody/23/". */
  postalCodeList: (key: string) => `/kody/${key}/`,
  postalCode: (code: string) => `/kody/${code}/`,
  /** A service's offices; `page` "" or undefined for the first page, else "2", "3", … */
  service: (slug: string, page = "") => (page ? `/uslugi/${slug}/${page}/` : `/uslugi/${slug}/`),
  hsds: () => "/dane/hsds/organizations.json",
  /** Search across every office's card, service page and place (Pagefind, noindex). */
  search: () => "/szukaj/",
} as const;
