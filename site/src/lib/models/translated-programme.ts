// A programme's page in Ukrainian or English: its translated texts, the income thresholds with
// amounts as the language writes them, hours in the language, links to translated news. What the
// CMS does not translate (funding labels, an untranslated running department) stays Polish, marked.
import { formatMoneyIn, type Language, type Programme } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { localizedPath } from "../i18n/page-languages.ts";
import { hoursTableIn } from "./localized-hours-table.ts";
import { INCOME_BASIS_LABELS, type ProgrammePageView, programmePage } from "./programme-page.ts";
import { departmentLinkIn } from "./translated-department.ts";
import { externalHintIn, programmeSummaryIn } from "./translated-items.ts";

export interface TranslatedProgrammePageView extends ProgrammePageView {
  thresholds: Array<{ label: string; amount: string; labelLang?: string }>;
}

export function programmePageIn(
  language: Language,
  content: OfficeContent,
  programme: Programme,
  today: string,
): TranslatedProgrammePageView {
  const polish = programmePage(content, programme, today);
  return {
    ...polish,
    ...programmeSummaryIn(language, programme, today),
    thresholds: programme.incomeThresholds.map((threshold) => ({
      ...(threshold.label
        ? { label: threshold.label }
        : { label: INCOME_BASIS_LABELS[threshold.basis], labelLang: "pl" }),
      amount: formatMoneyIn(language, threshold.amount),
    })),
    ...(polish.department && programme.department
      ? {
          department: departmentLinkIn(
            language,
            content,
            polish.department,
            programme.department.slug,
          ),
        }
      : {}),
    hours: content.schedules
      .filter((schedule) => schedule.programme?.slug === programme.slug)
      .map((schedule) => hoursTableIn(language, schedule, schedule.label, today)),
    links: polish.links.map((link) =>
      link.hint ? { ...link, hint: externalHintIn(language) } : link,
    ),
    news: polish.news.map((link) => ({ ...link, href: localizedPath(language, link.href) })),
  };
}
