// "Godziny i kontakt": one page residents print or keep on the phone, with every schedule's week
// (days grouped, closed days written out) beside the address, phones and e-mails of the place it
// belongs to: the office, each department, each programme. A sentence every schedule's notes
// repeat is said once.
import { formatDate, formatSchedule, type Schedule } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { linkContactsInText } from "../markdown/contact-autolink.ts";
import { absoluteUrl, routes } from "../routes.ts";
import type { ContactLinkView } from "./chrome.ts";
import type { LocationView } from "./contact-links.ts";
import { type ContactPlaceView, officeContacts } from "./contact-places.ts";
import { hoursTable, REST_OF_YEAR } from "./hours-table.ts";
import { shareRepeatedNotes } from "./shared-notes.ts";

/** The office's own group (its name is already in every page's header). */
export const OFFICE_GROUP = "Siedziba ośrodka";

export interface SheetSchedule {
  label: string;
  /** "poniedziałek – piątek: 8:00–16:00", phones in rule notes linked, as HTML. */
  linesHtml: string[];
  notesHtml: string[];
}

export interface SheetGroup {
  name: string;
  locations: LocationView[];
  phones: ContactLinkView[];
  emails: ContactLinkView[];
  /** Said when the group uses the office's numbers too (listed in the office's group). */
  sharedNote?: string;
  /** Sentences all of the group's schedules repeat, said once for the group. */
  sharedNotesHtml: string[];
  schedules: SheetSchedule[];
}

export interface HoursAndContactsView {
  groups: SheetGroup[];
  /** Sentences every schedule's notes repeat, said once. */
  sharedNotesHtml: string[];
  /** "Stan na 23 listopada 2026 r." */
  asOf: string;
  /** Where the current version is. */
  url: string;
}

/** Lines with every closed day written out, seasons prefixed with their label. */
function linesOf(schedule: Schedule): string[] {
  const sections = formatSchedule(schedule, "all");
  const seasonal = sections.some((section) => section.season !== undefined);
  return sections.flatMap((section) => {
    const prefix = section.season ?? (seasonal ? REST_OF_YEAR : undefined);
    return section.lines.map((line) => (prefix ? `${prefix}, ${line.text}` : line.text));
  });
}

const owner = (schedule: Schedule) =>
  schedule.programme
    ? `program:${schedule.programme.slug}`
    : schedule.department
      ? `dzial:${schedule.department.slug}`
      : "office";

export function hoursAndContactsHasContent(content: OfficeContent): boolean {
  const contacts = officeContacts(content);
  return (
    content.schedules.length > 0 ||
    contacts.locations.length + contacts.phones.length + contacts.emails.length > 0 ||
    contacts.departments.length + contacts.programmes.length > 0
  );
}

export function hoursAndContacts(content: OfficeContent, today: string): HoursAndContactsView {
  const { office } = content;
  const contacts = officeContacts(content);
  const tables = shareRepeatedNotes(
    content.schedules.map((schedule) => hoursTable(schedule, schedule.label, today)),
  );
  /** The schedules of a place, with what all of them repeat said once for the place. */
  const schedulesOf = (key: string) => {
    const own = content.schedules.flatMap((schedule, index) =>
      owner(schedule) === key ? [{ schedule, table: tables.tables[index]! }] : [],
    );
    const shared = shareRepeatedNotes(own.map((item) => item.table));
    return {
      sharedNotesHtml: shared.sharedNotesHtml,
      schedules: own.map(({ schedule }, index) => ({
        label: schedule.label,
        linesHtml: linesOf(schedule).map(linkContactsInText),
        notesHtml: shared.tables[index]!.notesHtml,
      })),
    };
  };
  const placeGroup = (key: string, name: string, place: ContactPlaceView | undefined) => ({
    name,
    locations: place?.location ? [place.location] : [],
    phones: place?.phones ?? [],
    emails: place?.emails ?? [],
    ...(place?.sharedNote ? { sharedNote: place.sharedNote } : {}),
    ...schedulesOf(key),
  });
  const groups: SheetGroup[] = [
    {
      name: OFFICE_GROUP,
      locations: contacts.locations,
      phones: contacts.phones,
      emails: contacts.emails,
      ...schedulesOf("office"),
    },
    ...content.departments.map((department) =>
      placeGroup(
        `dzial:${department.slug}`,
        department.name,
        contacts.departments.find((place) => place.href === routes.department(department.slug)),
      ),
    ),
    ...content.programmes.map((programme) =>
      placeGroup(
        `program:${programme.slug}`,
        programme.title,
        contacts.programmes.find((place) => place.href === routes.programme(programme.slug)),
      ),
    ),
  ];
  return {
    groups: groups.filter(
      (group) =>
        group.schedules.length + group.locations.length + group.phones.length > 0 ||
        group.emails.length > 0 ||
        group.sharedNote !== undefined,
    ),
    sharedNotesHtml: tables.sharedNotesHtml,
    asOf: `Stan na ${formatDate(today)}.`,
    url: absoluteUrl(routes.hoursAndContacts(), office.siteUrl),
  };
}
