// Every place residents can reach: the office's own addresses and numbers, each department with
// its own address and contacts, each programme with its phones and e-mails. A number is listed
// once per place (a department's location and the department often give the same one), and a
// programme that only repeats the office's numbers says so instead of listing them again.
import type { Email, Phone } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { routes } from "../routes.ts";
import type { ContactLinkView } from "./chrome.ts";
import { emailLink, type LocationView, locationView, phoneLink } from "./contact-links.ts";

export interface ContactPlaceView {
  /** Fragment id on the contact page, e.g. "dzial-punkt-przeciwdzialania-przemocy". */
  id: string;
  name: string;
  /** The place's own page. */
  href: string;
  /** The language of that page when it is not the page's (a Polish department page). */
  hreflang?: string;
  /** Its own address, without phones (they are in `phones`). */
  location?: LocationView;
  phones: ContactLinkView[];
  emails: ContactLinkView[];
  /**
   * Said when some of its numbers are the office's own, listed with the office and left out
   * here: "Także telefony ośrodka podane wyżej."
   */
  sharedNote?: string;
}

export interface OfficeContactsView {
  /** The office's addresses, each with its own phones. */
  locations: LocationView[];
  /** General phones and e-mails not already listed under an address. */
  phones: ContactLinkView[];
  emails: ContactLinkView[];
  departments: ContactPlaceView[];
  programmes: ContactPlaceView[];
}

/** The links with duplicate targets left out (the first, with its label, stays). */
export function uniqueLinks(links: readonly ContactLinkView[]): ContactLinkView[] {
  const seen = new Set<string>();
  return links.filter((link) => !seen.has(link.href) && seen.add(link.href));
}

/** What a place shares with the office, in words, or undefined when nothing. */
export function sharedNote(
  shared: readonly ContactLinkView[],
  hasOwn: boolean,
): string | undefined {
  const phones = shared.some((link) => link.href.startsWith("tel:"));
  const emails = shared.some((link) => link.href.startsWith("mailto:"));
  if (!phones && !emails) return undefined;
  const what = phones && emails ? "telefony i e-mail" : phones ? "telefony" : "e-mail";
  return `${hasOwn ? "Także" : "Kontakt:"} ${what} ośrodka podane wyżej.`;
}

function place(
  base: Pick<ContactPlaceView, "id" | "name" | "href" | "location">,
  phones: readonly Phone[],
  emails: readonly Email[],
  listed: ReadonlySet<string>,
): ContactPlaceView | undefined {
  const all = uniqueLinks([...phones.map(phoneLink), ...emails.map(emailLink)]);
  const own = all.filter((link) => !listed.has(link.href));
  if (!base.location && all.length === 0) return undefined;
  const note = sharedNote(
    all.filter((link) => listed.has(link.href)),
    own.length > 0,
  );
  return {
    ...base,
    phones: own.filter((link) => link.href.startsWith("tel:")),
    emails: own.filter((link) => link.href.startsWith("mailto:")),
    ...(note ? { sharedNote: note } : {}),
  };
}

export function officeContacts(content: OfficeContent): OfficeContactsView {
  const { office } = content;
  const locations = office.locations.map(locationView);
  const atLocations = new Set(locations.flatMap((location) => location.phones.map((p) => p.href)));
  const general = uniqueLinks([...office.phones.map(phoneLink), ...office.emails.map(emailLink)]);
  const officeHrefs = new Set([...atLocations, ...general.map((link) => link.href)]);
  const none = new Set<string>();
  return {
    locations,
    phones: general.filter((link) => link.href.startsWith("tel:") && !atLocations.has(link.href)),
    emails: general.filter((link) => link.href.startsWith("mailto:")),
    departments: content.departments.flatMap((department) => {
      const location = department.location;
      const view = place(
        {
          id: `dzial-${department.slug}`,
          name: department.name,
          href: routes.department(department.slug),
          ...(location ? { location: { ...locationView(location), phones: [] } } : {}),
        },
        [...(location?.phones ?? []), ...department.phones],
        department.emails,
        none,
      );
      return view ? [view] : [];
    }),
    programmes: content.programmes.flatMap((programme) => {
      const view = place(
        {
          id: `program-${programme.slug}`,
          name: programme.title,
          href: routes.programme(programme.slug),
        },
        programme.phones,
        programme.emails,
        officeHrefs,
      );
      return view ? [view] : [];
    }),
  };
}
