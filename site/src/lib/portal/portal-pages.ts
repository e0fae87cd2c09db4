// Every page of the regional portal as data: its route, params, meta and the model its body
// renders (PortalPageBody.astro). The route files only pick their pages from this list, so one
// function decides what the portal holds and a test can render all of it at any number of
// offices. Lists are paged (portal-paging.ts): no page grows with the number of offices.

import { type PortalMeta, portalMeta } from "./portal-meta.ts";
import { chunkLinks, type NavLink } from "./portal-nav.ts";
import type { IndexEntry, PortalView } from "./portal-page.ts";
import {
  categoryIndex,
  categoryPages,
  municipalityPages,
  officePages,
  portalSubset,
  postalCodeIndex,
  postalCodePages,
} from "./portal-page.ts";
import { OFFICES_PER_PAGE } from "./portal-paging.ts";
import { portalRoutes } from "./portal-routes.ts";

export type PortalBody =
  | {
      kind: "home";
      view: PortalView;
      categories: NavLink[];
      letters: NavLink[];
      showCards: boolean;
    }
  | { kind: "nav"; label: string; nav: NavLink[] }
  | { kind: "index"; label: string; nav: NavLink[]; entries: IndexEntry[]; linkName: boolean }
  | { kind: "cards"; label?: string; nav?: NavLink[]; view: PortalView };

export type PortalRoute =
  | "home"
  | "offices"
  | "municipalities"
  | "municipality-list"
  | "postal-codes"
  | "postal-code"
  | "service";

export interface PortalPage {
  route: PortalRoute;
  params: Record<string, string | undefined>;
  path: string;
  meta: PortalMeta;
  body: PortalBody;
}

const LETTERS_LABEL = "Ośrodki od A do Z";
const MUNICIPALITIES_LABEL = "Gminy i miejscowości od A do Z";
const CODES_LABEL = "Kody pocztowe według pierwszych cyfr";

export function portalPages(view: PortalView, portalUrl: string): PortalPage[] {
  const page = (
    route: PortalRoute,
    params: PortalPage["params"],
    path: string,
    heading: string,
    description: string,
    body: PortalBody,
  ): PortalPage => ({
    route,
    params,
    path,
    meta: portalMeta(portalUrl, path, heading, description),
    body,
  });
  const offices = officePages(view.offices);
  const municipalities = municipalityPages(view.offices);
  const codes = postalCodePages(view.offices);
  const categories = categoryIndex(view.offices);

  const home = page(
    "home",
    {},
    portalRoutes.home(),
    "Ośrodki pomocy społecznej w regionie",
    "Adresy, telefony i godziny otwarcia ośrodków pomocy społecznej. Znajdź swój ośrodek po kodzie pocztowym lub gminie.",
    {
      kind: "home",
      view,
      categories: categories.map(({ category, offices: served }) => ({
        href: portalRoutes.service(category.slug),
        label: category.label,
        count: served.length,
      })),
      letters: chunkLinks(offices, portalRoutes.officeList),
      showCards: view.offices.length <= OFFICES_PER_PAGE,
    },
  );
  const officeLists = offices.map((chunk) =>
    page(
      "offices",
      { key: chunk.key },
      portalRoutes.officeList(chunk.key),
      `Ośrodki: ${chunk.label}`,
      `Ośrodki pomocy społecznej w gminach na literę ${chunk.label}: adresy, telefony, godziny.`,
      {
        kind: "cards",
        label: LETTERS_LABEL,
        nav: chunkLinks(offices, portalRoutes.officeList, chunk.key),
        view: portalSubset(view, chunk.items),
      },
    ),
  );
  const municipalityIndexPage = page(
    "municipalities",
    {},
    portalRoutes.municipalities(),
    MUNICIPALITIES_LABEL,
    "Który ośrodek pomocy społecznej obsługuje Twoją gminę lub miejscowość.",
    {
      kind: "nav",
      label: MUNICIPALITIES_LABEL,
      nav: chunkLinks(municipalities, portalRoutes.municipalityList),
    },
  );
  const municipalityLists = municipalities.map((chunk) =>
    page(
      "municipality-list",
      { key: chunk.key },
      portalRoutes.municipalityList(chunk.key),
      `Gminy i miejscowości: ${chunk.label}`,
      `Który ośrodek obsługuje gminy i miejscowości na literę ${chunk.label}.`,
      {
        kind: "index",
        label: MUNICIPALITIES_LABEL,
        nav: chunkLinks(municipalities, portalRoutes.municipalityList, chunk.key),
        entries: chunk.items,
        linkName: false,
      },
    ),
  );
  const codeIndexPage = page(
    "postal-codes",
    {},
    portalRoutes.postalCodes(),
    "Kody pocztowe",
    "Który ośrodek pomocy społecznej obsługuje Twój kod pocztowy.",
    { kind: "nav", label: CODES_LABEL, nav: chunkLinks(codes, portalRoutes.postalCodeList) },
  );
  const codeLists = codes.map((chunk) =>
    page(
      "postal-code",
      { code: chunk.key },
      portalRoutes.postalCodeList(chunk.key),
      `Kody pocztowe ${chunk.label}`,
      `Ośrodki pomocy społecznej dla kodów pocztowych ${chunk.label}.`,
      {
        kind: "index",
        label: CODES_LABEL,
        nav: chunkLinks(codes, portalRoutes.postalCodeList, chunk.key),
        entries: chunk.items,
        linkName: true,
      },
    ),
  );
  const codePages = postalCodeIndex(view.offices).map((entry) =>
    page(
      "postal-code",
      { code: entry.name },
      portalRoutes.postalCode(entry.name),
      `Kod pocztowy ${entry.name}`,
      `Ośrodki pomocy społecznej dla kodu pocztowego ${entry.name}.`,
      {
        kind: "cards",
        view: portalSubset(
          view,
          view.offices.filter((office) => office.postalCodes.includes(entry.name)),
        ),
      },
    ),
  );
  const servicePages = categories.flatMap(({ category, offices: served }) => {
    const parts = categoryPages(served);
    const href = (key: string) => portalRoutes.service(category.slug, key);
    return parts.map((part) =>
      page(
        "service",
        { slug: category.slug, page: part.key || undefined },
        href(part.key),
        part.key ? `${category.label} (strona ${part.label})` : category.label,
        `Ośrodki pomocy społecznej, w których załatwisz sprawy: ${category.label.toLocaleLowerCase("pl")}.`,
        {
          kind: "cards",
          label: "Strony",
          ...(parts.length > 1 ? { nav: chunkLinks(parts, href, part.key) } : {}),
          view: portalSubset(view, part.items),
        },
      ),
    );
  });
  return [
    home,
    ...officeLists,
    municipalityIndexPage,
    ...municipalityLists,
    codeIndexPage,
    ...codeLists,
    ...codePages,
    ...servicePages,
  ];
}
