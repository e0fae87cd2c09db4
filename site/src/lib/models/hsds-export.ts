// /dane/hsds/organization.json: the office as Open Referral HSDS 3 data, laid out as the HSDS
// API returns an organization (the `organization` object with its `services` nested): contacts,
// phones, locations with addresses and the general hours, programmes as `programs`, and one
// service per department and per programme with its phones, contacts and schedules (the
// shared HSDS schedule export over the coming year); a department's service status in force on
// the build day as the service's `status` and `alert`.
import {
  formatMoney,
  type HsdsSchedule,
  type Schedule,
  stableUuid,
  toHsdsSchedules,
} from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { absoluteUrl, routes } from "../routes.ts";
import { dateAfter } from "./build-day.ts";
import { INCOME_BASIS_LABELS } from "./programme-page.ts";
import { programmeState } from "./programme-state.ts";
import { serviceStatusNotice, serviceStatusSentence } from "./service-status-notice.ts";

/** HSDS `service.status` of a department's service status in force (normal: `active`). */
const HSDS_STATUS = { limited: "active", suspended: "temporarily closed" } as const;

/** How far ahead the schedules are resolved. */
export const HSDS_DAYS = 365;

type Phone = { number: string; label?: string };
type Email = { address: string; label?: string };

/** HSDS objects are plain JSON; the tests validate them against the standard's schemas. */
export type HsdsObject = Record<string, unknown>;

const phonesOf = (key: string, owner: HsdsObject, phones: readonly Phone[]): HsdsObject[] =>
  phones.map((phone, index) => ({
    id: stableUuid(`${key}/phone/${index}`),
    ...owner,
    number: phone.number,
    ...(phone.label ? { description: phone.label } : {}),
  }));

const contactsOf = (key: string, owner: HsdsObject, emails: readonly Email[]): HsdsObject[] =>
  emails.map((email, index) => ({
    id: stableUuid(`${key}/contact/${index}`),
    ...owner,
    ...(email.label ? { name: email.label } : {}),
    email: email.address,
  }));

export function hsdsOrganization(content: OfficeContent, today: string): HsdsObject {
  const { office } = content;
  const key = `hsds/${office.slug}`;
  const organizationId = stableUuid(key);
  const owned = { organization_id: organizationId };
  const window = { from: today, to: dateAfter(today, HSDS_DAYS) };
  const schedulesOf = (
    schedules: readonly Schedule[],
    owner: { service_id: string } | { location_id: string },
  ): HsdsSchedule[] =>
    schedules.flatMap((schedule) =>
      toHsdsSchedules(schedule, {
        ...window,
        key: `${key}/schedule/${schedule.documentId}`,
        owner,
        label: schedule.label,
      }),
    );
  const locations = office.locations.map((location, index) => {
    const id = stableUuid(`${key}/location/${index}`);
    const general = content.schedules.filter((s) => !s.department && !s.programme);
    return {
      id,
      location_type: "physical",
      ...owned,
      name: location.label ?? office.name,
      addresses: [
        {
          id: stableUuid(`${key}/location/${index}/address`),
          location_id: id,
          address_1: location.street,
          city: location.city,
          // The CMS keeps no voivodeship; HSDS requires the field.
          state_province: "",
          postal_code: location.postalCode ?? "",
          country: "PL",
          address_type: "physical",
        },
      ],
      phones: phonesOf(`${key}/location/${index}`, { location_id: id }, location.phones),
      // The office's general hours belong to its main location.
      schedules: index === 0 ? schedulesOf(general, { location_id: id }) : [],
    };
  });
  const programs = content.programmes.map((programme) => ({
    id: stableUuid(`${key}/program/${programme.slug}`),
    ...owned,
    name: programme.title,
    description: programme.summary,
  }));
  const departmentServices = content.departments.map((department) => {
    const id = stableUuid(`${key}/service/department/${department.slug}`);
    const owner = { service_id: id };
    const offered = department.services.map((service) => service.name).join("; ");
    const notice = serviceStatusNotice(department, today);
    return {
      id,
      ...owned,
      name: department.name,
      description: [department.description, offered && `Zakres: ${offered}.`]
        .filter(Boolean)
        .join("\n\n"),
      url: absoluteUrl(routes.department(department.slug), office.siteUrl),
      status: notice ? HSDS_STATUS[notice.state] : "active",
      ...(notice ? { alert: serviceStatusSentence(notice) } : {}),
      phones: phonesOf(`${key}/department/${department.slug}`, owner, department.phones),
      contacts: contactsOf(`${key}/department/${department.slug}`, owner, department.emails),
      schedules: schedulesOf(
        content.schedules.filter((s) => s.department?.slug === department.slug && !s.programme),
        owner,
      ),
    };
  });
  const programmeServices = content.programmes.map((programme, index) => {
    const id = stableUuid(`${key}/service/programme/${programme.slug}`);
    const owner = { service_id: id };
    const thresholds = programme.incomeThresholds.map((threshold) =>
      [
        `dochód do ${formatMoney(threshold.amount)}`,
        threshold.label ?? INCOME_BASIS_LABELS[threshold.basis],
      ]
        .filter(Boolean)
        .join(" "),
    );
    const eligibility = [programme.eligibility, ...thresholds].filter(Boolean).join("; ");
    return {
      id,
      ...owned,
      program_id: programs[index]!.id,
      name: programme.title,
      description: programme.summary,
      url: absoluteUrl(routes.programme(programme.slug), office.siteUrl),
      status: programmeState(programme, today) === "ended" ? "inactive" : "active",
      ...(eligibility ? { eligibility_description: eligibility } : {}),
      ...(programme.minimumAge !== undefined ? { minimum_age: programme.minimumAge } : {}),
      ...(programme.howToApply ? { application_process: programme.howToApply } : {}),
      phones: phonesOf(`${key}/programme/${programme.slug}`, owner, programme.phones),
      contacts: contactsOf(`${key}/programme/${programme.slug}`, owner, programme.emails),
      schedules: schedulesOf(
        content.schedules.filter((s) => s.programme?.slug === programme.slug),
        owner,
      ),
    };
  });
  return {
    id: organizationId,
    name: office.name,
    alternate_name: office.shortName,
    description: office.about ?? office.name,
    ...(office.emails[0] ? { email: office.emails[0].address } : {}),
    website: office.siteUrl,
    uri: absoluteUrl(routes.hsdsOrganization(), office.siteUrl),
    phones: phonesOf(key, owned, office.phones),
    contacts: contactsOf(key, owned, office.emails),
    locations,
    programs,
    services: [...departmentServices, ...programmeServices],
  };
}
