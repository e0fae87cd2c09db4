// The home page's answer to "is it open, where, how do I call": every current schedule under its
// place (department, programme or the office), editors' homeOrder first, each place with its
// address and the phones that belong to it, or a plain sentence when none is published, and a
// department's limited or suspended service on the build day.
import type { Department, Email, Location, Phone, Programme, Schedule } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { routes } from "../routes.ts";
import { emailLink, locationView, phoneLink } from "./contact-links.ts";
import type { PlaceView } from "./open-now.ts";
import { serviceStatusNotice } from "./service-status-notice.ts";

/** Where no homeOrder is given: after every numbered schedule. */
const UNNUMBERED = 1_000;

/** No phone at all: the other ways, by what the office did publish. */
export const NO_PHONE = {
  email: "Ośrodek nie podał numeru telefonu. Napisz e-mail albo przyjdź w godzinach przyjęć.",
  address: "Ośrodek nie podał numeru telefonu ani e-maila. Przyjdź osobiście w godzinach przyjęć:",
  none: "Ośrodek nie podał numeru telefonu, adresu e-mail ani adresu. Zobacz stronę Kontakt.",
} as const;

/** The label of an office phone shown for a place without numbers of its own. */
export const OFFICE_PHONE_LABEL = "centrala ośrodka";

/** A schedule is shown while it is or will be valid. */
export const isCurrent = (schedule: Schedule, today: string): boolean =>
  !schedule.validTo || schedule.validTo >= today;

function uniquePhones(phones: readonly Phone[]): Phone[] {
  const seen = new Set<string>();
  return phones.filter((phone) => !seen.has(phone.number) && seen.add(phone.number));
}

function place(
  content: OfficeContent,
  own: {
    name: string;
    href: string;
    location?: Location;
    phones: readonly Phone[];
    emails: readonly Email[];
  },
): PlaceView {
  const { office } = content;
  const location = own.location ?? office.locations[0];
  const ownPhones = uniquePhones([...own.phones, ...(own.location?.phones ?? [])]);
  const isOffice = own.phones === office.phones;
  // A place without its own numbers shows the office's first two (as the footer does).
  const phones = ownPhones.length > 0 ? ownPhones : office.phones.slice(0, 2);
  const emails = own.emails.length > 0 ? own.emails : office.emails.slice(0, 1);
  const view: PlaceView = {
    name: own.name,
    href: own.href,
    addressLines: location ? locationView(location).lines : [],
    phones: phones.map((phone) =>
      isOffice || ownPhones.includes(phone)
        ? phoneLink(phone)
        : {
            ...phoneLink(phone),
            label: [OFFICE_PHONE_LABEL, phone.label].filter(Boolean).join(", "),
          },
    ),
    emails: emails.map(emailLink),
  };
  if (phones.length === 0)
    view.noPhone = emails.length > 0 ? NO_PHONE.email : location ? NO_PHONE.address : NO_PHONE.none;
  return view;
}

function departmentPlace(content: OfficeContent, department: Department, today: string) {
  const view = place(content, {
    name: department.name,
    href: routes.department(department.slug),
    ...(department.location ? { location: department.location } : {}),
    phones: department.phones,
    emails: department.emails,
  });
  const notice = serviceStatusNotice(department, today);
  return notice ? { ...view, serviceStatus: notice } : view;
}

const programmePlace = (content: OfficeContent, programme: Programme) =>
  place(content, {
    name: programme.title,
    href: routes.programme(programme.slug),
    phones: programme.phones,
    emails: programme.emails,
  });

const officePlace = (content: OfficeContent) =>
  place(content, {
    name: content.office.shortName,
    href: routes.contact(),
    phones: content.office.phones,
    emails: content.office.emails,
  });

/** The place a schedule belongs to: its department, else its programme, else the office. */
function placeKey(content: OfficeContent, schedule: Schedule): { key: string; rank: number } {
  const department = content.departments.findIndex((d) => d.slug === schedule.department?.slug);
  if (department >= 0) return { key: `d:${schedule.department!.slug}`, rank: 1 + department };
  const programme = content.programmes.findIndex((p) => p.slug === schedule.programme?.slug);
  if (programme >= 0) return { key: `p:${schedule.programme!.slug}`, rank: 500 + programme };
  return { key: "office", rank: 0 };
}

/**
 * Current schedules grouped by place: schedules by homeOrder (unnumbered ones after, office first,
 * then departments and programmes in their order); places in the order of their first schedule.
 */
export function receptionGroups(
  content: OfficeContent,
  today: string,
): Array<{ place: PlaceView; items: Array<{ schedule: Schedule; label: string }> }> {
  const sorted = content.schedules
    .filter((schedule) => isCurrent(schedule, today))
    .map((schedule, index) => ({ schedule, index, ...placeKey(content, schedule) }))
    .sort(
      (a, b) =>
        (a.schedule.homeOrder ?? UNNUMBERED) - (b.schedule.homeOrder ?? UNNUMBERED) ||
        a.rank - b.rank ||
        a.index - b.index,
    );
  const groups = new Map<string, Schedule[]>();
  for (const { key, schedule } of sorted) groups.set(key, [...(groups.get(key) ?? []), schedule]);
  return [...groups.entries()].map(([key, schedules]) => {
    const department = content.departments.find((d) => `d:${d.slug}` === key);
    const programme = content.programmes.find((p) => `p:${p.slug}` === key);
    return {
      place: department
        ? departmentPlace(content, department, today)
        : programme
          ? programmePlace(content, programme)
          : officePlace(content),
      items: schedules.map((schedule) => ({ schedule, label: schedule.label })),
    };
  });
}
