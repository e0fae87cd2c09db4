// A department: its service status when not normal, its weekly hours (tables, and the open-now island), location, contacts,
// services and programmes, its hours as OpenStreetMap data; and the list of departments.
import { type Department, toOsmOpeningHours } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { linkContactsInText } from "../markdown/contact-autolink.ts";
import { renderMarkdown } from "../markdown/render-markdown.ts";
import { routes } from "../routes.ts";
import type { ContactLinkView, LinkView } from "./chrome.ts";
import { emailLink, type LocationView, locationView, phoneLink } from "./contact-links.ts";
import { type HoursTableView, hoursLines, hoursTable } from "./hours-table.ts";
import { type OpenNowView, openNowView } from "./open-now.ts";
import { type ServiceStatusNotice, serviceStatusNotice } from "./service-status-notice.ts";
import { shareRepeatedNotes } from "./shared-notes.ts";

export interface DepartmentPageView {
  name: string;
  /** Limited or suspended on the build day: in words, until when and why. */
  serviceStatus?: ServiceStatusNotice;
  descriptionHtml?: string;
  location?: LocationView;
  phones: ContactLinkView[];
  emails: ContactLinkView[];
  /** Services, their descriptions as HTML (phones and e-mails linked). */
  services: Array<{ name: string; descriptionHtml?: string }>;
  hours: HoursTableView[];
  /** Sentences every hours table's notes repeat, said once above the tables. */
  sharedNotesHtml: string[];
  openNow?: OpenNowView;
  programmes: LinkView[];
  /** Each schedule as an OSM `opening_hours` value from the build day on, for mappers. */
  mapData: Array<{ label: string; openingHours: string }>;
}

export function departmentSchedules(content: OfficeContent, department: Pick<Department, "slug">) {
  return content.schedules.filter((schedule) => schedule.department?.slug === department.slug);
}

export function departmentPage(
  content: OfficeContent,
  department: Department,
  today: string,
): DepartmentPageView {
  const schedules = departmentSchedules(content, department);
  const tables = shareRepeatedNotes(
    schedules.map((schedule) => hoursTable(schedule, schedule.label, today)),
  );
  const hours = tables.tables;
  const notice = serviceStatusNotice(department, today);
  return {
    name: department.name,
    ...(notice ? { serviceStatus: notice } : {}),
    descriptionHtml: department.description
      ? renderMarkdown(department.description, { siteOrigin: content.office.siteUrl })
      : undefined,
    location: department.location ? locationView(department.location) : undefined,
    phones: department.phones.map(phoneLink),
    emails: department.emails.map(emailLink),
    services: department.services.map((service) => ({
      name: service.name,
      ...(service.description ? { descriptionHtml: linkContactsInText(service.description) } : {}),
    })),
    hours,
    sharedNotesHtml: tables.sharedNotesHtml,
    openNow: openNowView(
      [{ items: schedules.map((schedule) => ({ schedule, label: schedule.label })) }],
      today,
    ),
    programmes: content.programmes
      .filter((programme) => programme.department?.slug === department.slug)
      .map((programme) => ({ label: programme.title, href: routes.programme(programme.slug) })),
    mapData: schedules.map((schedule) => ({
      label: schedule.label,
      openingHours: toOsmOpeningHours(schedule, { from: today }),
    })),
  };
}

export interface DepartmentListItem {
  name: string;
  href: string;
  hours: Array<{ label: string; lines: string[] }>;
}

/** Every department with its hours in short lines, for /dzialy/. */
export function departmentList(content: OfficeContent): DepartmentListItem[] {
  return content.departments.map((department) => ({
    name: department.name,
    href: routes.department(department.slug),
    hours: departmentSchedules(content, department).map((schedule) => {
      return { label: schedule.label, lines: hoursLines(schedule) };
    }),
  }));
}
