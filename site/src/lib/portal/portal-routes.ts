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
  office: (slug: string) => `/#urzad-${slug}`,
  municipalities: () => "/gminy/",
  municipality: (name: string) => `/gminy/#${placeAnchor(name)}`,
  postalCodes: () => "/kody/",
  postalCode: (code: string) => `/kody/${code}/`,
  service: (slug: string) => `/uslugi/${slug}/`,
  hsds: () => "/dane/hsds/organizations.json",
} as const;
