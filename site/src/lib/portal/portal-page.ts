// The regional portal's page models: every office with its address, phones and today's status
// (the build day's, in the same words as the office sites; the open-now island rewrites them for
// the visitor's instant), the offices by municipality A–Z, by postal code and by service category,
// every list cut into pages of a bounded size (portal-paging.ts).
import {
  PHRASE_TABLES,
  SERVICE_CATEGORIES,
  type ServiceCategory,
  serviceCategoriesOf,
} from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import type { ContactLinkView } from "../models/chrome.ts";
import { locationView, phoneLink } from "../models/contact-links.ts";
import {
  type BuildDayStatus,
  buildDayEntry,
  islandData,
  type OpenNowData,
} from "../models/open-now.ts";
import { receptionGroups } from "../models/reception.ts";
import {
  type Chunk,
  ENTRIES_PER_PAGE,
  letterChunks,
  numberedChunks,
  OFFICES_PER_PAGE,
} from "./portal-paging.ts";
import { placeAnchor, portalRoutes } from "./portal-routes.ts";

/** Said for an office that publishes no current hours. */
export const NO_HOURS = "Ośrodek nie podał godzin przyjęć. Zadzwoń albo zobacz jego stronę.";

/** Said for an office that publishes no phone for itself or its main reception. */
export const NO_PHONE_ON_PORTAL = "Ośrodek nie podał ogólnego numeru telefonu. Zobacz jego stronę.";

export interface PortalOffice {
  slug: string;
  name: string;
  /** The office's own site. */
  siteUrl: string;
  /** Anchor id on the portal's list. */
  anchor: string;
  /** What the A–Z of offices sorts and groups it by: its first municipality, else its name. */
  sortName: string;
  /** Its card on the portal: the page of the offices A–Z that holds it, with the anchor. */
  href: string;
  addressLines: string[];
  phones: ContactLinkView[];
  /** Said when no phone is published (the office site's sentence), linking to its site. */
  noPhone?: string;
  municipalities: string[];
  postalCodes: string[];
  places: string[];
  categories: ServiceCategory[];
  /** The main reception's status on the build day; its index in the island data. */
  status?: BuildDayStatus & { index: number };
}

export interface PortalView {
  offices: PortalOffice[];
  /** The island's data: one schedule per office with a status, in `status.index` order. */
  data: OpenNowData;
}

/** The office's main reception: the first schedule of its home page's first place, and the place. */
function mainReception(content: OfficeContent, today: string) {
  const group = receptionGroups(content, today)[0];
  const item = group?.items[0];
  return item && group ? { ...item, place: group.place } : undefined;
}

const namesOf = (content: OfficeContent): string[] => [
  ...content.programmes.map((programme) => programme.title),
  ...content.departments.flatMap((department) => [
    department.name,
    ...department.services.map((service) => service.name),
  ]),
];

const sortNameOf = (content: OfficeContent): string =>
  content.office.areas[0]?.municipality ?? content.office.name;

const byName = (a: string, b: string) => a.localeCompare(b, "pl");

/** The offices A–Z in pages (the order of `portalView`). */
export const officePages = (offices: readonly PortalOffice[]): Chunk<PortalOffice>[] =>
  letterChunks(offices, (office) => office.sortName, OFFICES_PER_PAGE);

/**
 * Every office, sorted by its first municipality (else its name), with the build day's status of
 * its main reception and the page of the A–Z its card is on.
 */
export function portalView(
  contents: readonly OfficeContent[],
  now: Date,
  today: string,
): PortalView {
  const sorted = [...contents].sort(
    (a, b) => byName(sortNameOf(a), sortNameOf(b)) || byName(a.office.name, b.office.name),
  );
  const receptions = sorted.map((content) => mainReception(content, today));
  const withHours = receptions.flatMap((item) => (item ? [item] : []));
  const entries = withHours.map(({ schedule, label }) =>
    buildDayEntry(schedule, label, now, today),
  );
  let index = 0;
  const offices = sorted.map((content, position): PortalOffice => {
    const { office } = content;
    const location = office.locations[0];
    const reception = receptions[position];
    // An office without a general address or phone shows its main reception's (a department's).
    const phones = [...office.phones, ...(location?.phones ?? [])].slice(0, 2).map(phoneLink);
    const shownPhones = phones.length > 0 ? phones : (reception?.place.phones.slice(0, 2) ?? []);
    const entry = reception ? entries[index] : undefined;
    const status = entry ? { ...entry, index: index++ } : undefined;
    return {
      slug: office.slug,
      name: office.name,
      siteUrl: office.siteUrl,
      anchor: `urzad-${office.slug}`,
      sortName: sortNameOf(content),
      href: "",
      addressLines: location ? locationView(location).lines : (reception?.place.addressLines ?? []),
      phones: shownPhones,
      ...(shownPhones.length === 0 ? { noPhone: NO_PHONE_ON_PORTAL } : {}),
      municipalities: office.areas.map((area) => area.municipality),
      postalCodes: [...new Set(office.areas.flatMap((area) => area.postalCodes))].sort(),
      places: office.areas.flatMap((area) => area.places),
      categories: serviceCategoriesOf(namesOf(content)),
      ...(status ? { status } : {}),
    };
  });
  const listKey = new Map(
    officePages(offices).flatMap((page) => page.items.map((office) => [office.slug, page.key])),
  );
  for (const office of offices)
    office.href = portalRoutes.office(listKey.get(office.slug) ?? "", office.slug);
  return {
    offices,
    data:
      withHours.length > 0
        ? islandData(
            withHours.map((item) => item.schedule),
            today,
          )
        : { holidays: [], schedules: [], phrases: PHRASE_TABLES.pl },
  };
}

export interface IndexEntry {
  /** A municipality, place or postal code. */
  name: string;
  anchor: string;
  offices: Array<{ name: string; href: string }>;
}

const officeLink = (office: PortalOffice) => ({ name: office.name, href: office.href });

function indexBy(offices: readonly PortalOffice[], keys: (office: PortalOffice) => string[]) {
  const byKey = new Map<string, PortalOffice[]>();
  for (const office of offices)
    for (const key of keys(office)) byKey.set(key, [...(byKey.get(key) ?? []), office]);
  return [...byKey.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([name, served]) => ({
      name,
      anchor: placeAnchor(name),
      offices: served.map(officeLink),
    }));
}

/** Municipalities and places A–Z, in pages by first letter, each with the offices serving it. */
export function municipalityPages(offices: readonly PortalOffice[]): Chunk<IndexEntry>[] {
  const entries = indexBy(offices, (office) => [...office.municipalities, ...office.places]);
  return letterChunks(entries, (entry) => entry.name, ENTRIES_PER_PAGE);
}

/** Postal codes in order, each with the offices serving it (one static page per code). */
export function postalCodeIndex(offices: readonly PortalOffice[]): IndexEntry[] {
  return indexBy(offices, (office) => office.postalCodes);
}

/**
 * The postal codes in pages by their first two digits ("23-…"), a prefix with more codes than a
 * page holds split into parts: keys "23", "23-czesc-2".
 */
export function postalCodePages(offices: readonly PortalOffice[]): Chunk<IndexEntry>[] {
  const byPrefix = new Map<string, IndexEntry[]>();
  for (const entry of postalCodeIndex(offices)) {
    const prefix = entry.name.slice(0, 2);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), entry]);
  }
  return [...byPrefix].flatMap(([prefix, entries]) =>
    numberedChunks(entries, ENTRIES_PER_PAGE).map((part, index) => ({
      key: index === 0 ? prefix : `${prefix}-czesc-${index + 1}`,
      label: index === 0 ? `${prefix}-…` : `${prefix}-… (część ${index + 1})`,
      items: part.items,
    })),
  );
}

/** Each service category some office offers, in the table's order, with those offices. */
export function categoryIndex(
  offices: readonly PortalOffice[],
): Array<{ category: ServiceCategory; offices: PortalOffice[] }> {
  return SERVICE_CATEGORIES.map((category) => ({
    category,
    offices: offices.filter((office) => office.categories.some((c) => c.slug === category.slug)),
  })).filter((entry) => entry.offices.length > 0);
}

/** A service category's offices in numbered pages. */
export const categoryPages = (offices: readonly PortalOffice[]): Chunk<PortalOffice>[] =>
  numberedChunks(offices, OFFICES_PER_PAGE);

/** The view of some of the offices: their statuses renumbered for this page's island data. */
export function portalSubset(view: PortalView, offices: readonly PortalOffice[]): PortalView {
  let next = 0;
  const schedules: OpenNowData["schedules"] = [];
  const renumbered = offices.map((office) => {
    if (!office.status) return office;
    schedules.push(view.data.schedules[office.status.index]!);
    return { ...office, status: { ...office.status, index: next++ } };
  });
  return { offices: renumbered, data: { ...view.data, schedules } };
}
