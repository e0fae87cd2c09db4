// A programme (benefit, project, action): eligibility, income thresholds, how to apply, its
// period with upcoming/active/ended state, funding and EU information, contacts and hours.
import { type Funding, formatMoney, type IncomeThreshold, type Programme } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { renderMarkdown } from "../markdown/render-markdown.ts";
import { routes } from "../routes.ts";
import type { ContactLinkView, LinkView } from "./chrome.ts";
import { emailLink, phoneLink } from "./contact-links.ts";
import { type HoursTableView, hoursTable } from "./hours-table.ts";
import { type ProgrammeState, programmeState } from "./programme-state.ts";
import { type ProgrammeSummaryView, programmeSummary } from "./programme-summary.ts";

export const INCOME_BASIS_LABELS: Readonly<Record<IncomeThreshold["basis"], string>> = {
  single_person: "dla osoby samotnie gospodarującej",
  per_person_in_family: "na osobę w rodzinie",
  household: "na gospodarstwo domowe",
  other: "",
};

export const FUNDING_SOURCE_LABELS: Readonly<Record<Funding["source"], string>> = {
  efs: "Europejski Fundusz Społeczny",
  power: "Program Operacyjny Wiedza Edukacja Rozwój (PO WER)",
  pokl: "Program Operacyjny Kapitał Ludzki (PO KL)",
  state_budget: "budżet państwa",
  own_funds: "środki własne",
  eu_other: "środki Unii Europejskiej",
  other: "inne źródła",
};

const EU_SOURCES: ReadonlySet<Funding["source"]> = new Set(["efs", "power", "pokl", "eu_other"]);

export interface FundingView {
  source: string;
  programmeName?: string;
  amounts: Array<{ label: string; value: string }>;
  note?: string;
  eu: boolean;
}

export interface ProgrammePageView extends ProgrammeSummaryView {
  bodyHtml?: string;
  audience?: string;
  minimumAge?: string;
  eligibilityHtml?: string;
  thresholds: Array<{ label: string; amount: string }>;
  howToApplyHtml?: string;
  phones: ContactLinkView[];
  emails: ContactLinkView[];
  department?: LinkView;
  hours: HoursTableView[];
  funding: FundingView[];
  euFunded: boolean;
  links: LinkView[];
  news: LinkView[];
}

function fundingView(funding: Funding): FundingView {
  const amounts = (
    [
      ["Wartość projektu", funding.totalValue],
      ["Dofinansowanie z Unii Europejskiej", funding.euContribution],
      ["Wkład z budżetu państwa", funding.stateBudget],
      ["Wkład własny", funding.ownContribution],
    ] as const
  ).flatMap(([label, value]) =>
    value === undefined ? [] : [{ label, value: formatMoney(value) }],
  );
  return {
    source: FUNDING_SOURCE_LABELS[funding.source],
    ...(funding.programmeName ? { programmeName: funding.programmeName } : {}),
    amounts,
    ...(funding.note ? { note: funding.note } : {}),
    eu: EU_SOURCES.has(funding.source),
  };
}

function linkView(label: string, url: string, siteUrl: string): LinkView {
  const external = /^https?:/i.test(url) && new URL(url).origin !== new URL(siteUrl).origin;
  return { label, href: url, ...(external ? { hint: "link zewnętrzny" } : {}) };
}

export function programmePage(
  content: OfficeContent,
  programme: Programme,
  today: string,
): ProgrammePageView {
  const siteOrigin = content.office.siteUrl;
  // The body stands at the top of the page; the other texts sit under their own h2.
  const markdown = (text: string | undefined, headingBase: 2 | 3 = 3) =>
    text ? renderMarkdown(text, { siteOrigin, headingBase }) : undefined;
  const funding = programme.funding.map(fundingView);
  return {
    ...programmeSummary(programme, today),
    bodyHtml: markdown(programme.body, 2),
    audience: programme.audience,
    minimumAge:
      programme.minimumAge === undefined ? undefined : `${programme.minimumAge} lat i więcej`,
    eligibilityHtml: markdown(programme.eligibility),
    thresholds: programme.incomeThresholds.map((threshold) => ({
      label: threshold.label ?? (INCOME_BASIS_LABELS[threshold.basis] || "Kryterium dochodowe"),
      amount: formatMoney(threshold.amount),
    })),
    howToApplyHtml: markdown(programme.howToApply),
    phones: programme.phones.map(phoneLink),
    emails: programme.emails.map(emailLink),
    department: programme.department
      ? { label: programme.department.name, href: routes.department(programme.department.slug) }
      : undefined,
    hours: content.schedules
      .filter((schedule) => schedule.programme?.slug === programme.slug)
      .map((schedule) => hoursTable(schedule, schedule.label, today)),
    funding,
    euFunded: funding.some((item) => item.eu),
    links: programme.links.map((link) => linkView(link.label, link.url, siteOrigin)),
    news: content.newsPosts
      .filter((post) => post.programmes.some((ref) => ref.slug === programme.slug))
      .map((post) => ({ label: post.title, href: routes.newsPost(post.slug) })),
  };
}

const STATE_ORDER: Readonly<Record<ProgrammeState, number>> = { active: 0, upcoming: 1, ended: 2 };

export interface ProgrammeGroup {
  heading: string;
  items: ProgrammeSummaryView[];
}

/** The programmes list: current ones first, then upcoming, then ended. */
export function programmeGroups(content: OfficeContent, today: string): ProgrammeGroup[] {
  const headings: Record<ProgrammeState, string> = {
    active: "Aktualne programy i formy pomocy",
    upcoming: "Planowane",
    ended: "Zakończone",
  };
  const summaries = content.programmes.map((programme) => ({
    view: programmeSummary(programme, today),
    state: programmeState(programme, today),
  }));
  return (Object.keys(STATE_ORDER) as ProgrammeState[])
    .map((state) => ({
      heading: headings[state],
      items: summaries.filter((item) => item.state === state).map((item) => item.view),
    }))
    .filter((group) => group.items.length > 0);
}
