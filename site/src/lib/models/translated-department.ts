// A department's page and the departments list in Ukrainian or English: the translated name,
// description, services and phone labels, the hours tables and the open-now block in the language,
// links to the programmes it runs (translated where they are). What the CMS does not translate
// stays Polish and the page marks it: the street address, the service-status notice, the map data
// under the Polish schedule labels (the fallback policy, docs/decisions.md).
import type { Department, Language } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { localizedPath } from "../i18n/page-languages.ts";
import { routes } from "../routes.ts";
import type { LinkView } from "./chrome.ts";
import { type DepartmentPageView, departmentPage, departmentSchedules } from "./department-page.ts";
import { hoursTableIn } from "./localized-hours-table.ts";
import { openNowView } from "./open-now.ts";
import { shareRepeatedNotes } from "./shared-notes.ts";
import { programmeLinkIn } from "./translated-items.ts";
import { type WeekLine, weekLinesIn } from "./week-lines.ts";

/**
 * A link to a department from a page in the language: its translated page under its translated
 * name when there is one, else the Polish page under its Polish name, marked as Polish.
 */
export function departmentLinkIn(
  language: Language,
  content: OfficeContent,
  polish: LinkView,
  slug: string,
): LinkView {
  const translated = content.departments.find((department) => department.slug === slug);
  if (translated) return { label: translated.name, href: localizedPath(language, polish.href) };
  return { ...polish, lang: "pl", hreflang: "pl" };
}

/** `content` in the language, `polish` the office's Polish content (for untranslated programmes). */
export function departmentPageIn(
  language: Language,
  content: OfficeContent,
  polish: OfficeContent,
  department: Department,
  today: string,
): DepartmentPageView {
  const view = departmentPage(content, department, today);
  const schedules = departmentSchedules(content, department);
  const tables = shareRepeatedNotes(
    schedules.map((schedule) => hoursTableIn(language, schedule, schedule.label, today)),
  );
  const programmes: LinkView[] = polish.programmes
    .filter((programme) => programme.department?.slug === department.slug)
    .map((programme) =>
      programmeLinkIn(language, content, polish, programme.slug, routes.programme(programme.slug)),
    );
  const openNow = openNowView(
    [{ items: schedules.map((schedule) => ({ schedule, label: schedule.label })) }],
    today,
    language,
  );
  const { openNow: _polishOpenNow, ...rest } = view;
  const original = polish.departments.find((d) => d.slug === department.slug);
  return {
    ...rest,
    // The map data block is Polish (OSM mappers' words), so it keeps the Polish schedule labels.
    ...(original ? { mapData: departmentPage(polish, original, today).mapData } : {}),
    hours: tables.tables,
    sharedNotesHtml: tables.sharedNotesHtml,
    ...(openNow ? { openNow } : {}),
    programmes,
  };
}

export interface TranslatedDepartmentListItem {
  name: string;
  href: string;
  hours: Array<{ label: string; lines: WeekLine[] }>;
}

/** The translated departments with their weeks in the language, for `/<lang>/dzialy/`. */
export function departmentListIn(
  language: Language,
  content: OfficeContent,
): TranslatedDepartmentListItem[] {
  return content.departments.map((department) => ({
    name: department.name,
    href: localizedPath(language, routes.department(department.slug)),
    hours: departmentSchedules(content, department).map((schedule) => ({
      label: schedule.label,
      lines: weekLinesIn(language, schedule),
    })),
  }));
}
