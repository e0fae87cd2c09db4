// Programmes and news posts as lists show them on a page in Ukrainian or English: addresses under
// the language's prefix, dates and states in the language (from @mops/shared).
import {
  formatDateIn,
  type Language,
  type NewsPost,
  type Programme,
  UI_STRINGS,
  type UiStringKey,
} from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { localizedPath } from "../i18n/page-languages.ts";
import type { LinkView } from "./chrome.ts";
import { type NewsItemView, newsItem } from "./news-pages.ts";
import type { ProgrammeGroup } from "./programme-page.ts";
import { type ProgrammeState, programmeState } from "./programme-state.ts";
import { type ProgrammeSummaryView, programmeSummary } from "./programme-summary.ts";

const STATE_KEYS: Readonly<Record<ProgrammeState, UiStringKey>> = {
  active: "programmeActive",
  upcoming: "programmeUpcoming",
  ended: "programmeEnded",
};

const GROUP_KEYS: Readonly<Record<ProgrammeState, UiStringKey>> = {
  active: "currentProgrammes",
  upcoming: "upcomingProgrammes",
  ended: "endedProgrammes",
};

/** A programme's period: `"1 березня 2025 р. – 31 грудня 2025 р."`, an open end left open. */
export function periodIn(language: Language, from?: string, to?: string): string {
  const start = from ? formatDateIn(language, from) : "";
  const end = to ? formatDateIn(language, to) : "";
  return `${start} – ${end}`.trim();
}

/** The external-link hint in the language, without its brackets (LinkText adds them). */
export const externalHintIn = (language: Language): string =>
  UI_STRINGS[language].externalLink.replace(/^\((.*)\)$/, "$1");

export function programmeSummaryIn(
  language: Language,
  programme: Programme,
  today: string,
): ProgrammeSummaryView {
  const polish = programmeSummary(programme, today);
  const key = programmeState(programme, today);
  return {
    ...polish,
    href: localizedPath(language, polish.href),
    ...(polish.state
      ? {
          state: { key, label: UI_STRINGS[language][STATE_KEYS[key]] },
          period: periodIn(language, programme.startsOn, programme.endsOn),
        }
      : {}),
  };
}

/** The programmes list in the language: current ones first, then planned, then ended. */
export function programmeGroupsIn(
  language: Language,
  content: OfficeContent,
  today: string,
): ProgrammeGroup[] {
  const states: ProgrammeState[] = ["active", "upcoming", "ended"];
  return states
    .map((state) => ({
      heading: UI_STRINGS[language][GROUP_KEYS[state]],
      items: content.programmes
        .filter((programme) => programmeState(programme, today) === state)
        .map((programme) => programmeSummaryIn(language, programme, today)),
    }))
    .filter((group) => group.items.length > 0);
}

export function newsItemIn(language: Language, post: NewsPost): NewsItemView {
  const polish = newsItem(post);
  return {
    ...polish,
    href: localizedPath(language, polish.href),
    date: formatDateIn(language, post.date),
  };
}

/**
 * A link to a programme from a page in the language: its translation when there is one, else
 * the Polish page under its Polish title, marked as Polish.
 */
export function programmeLinkIn(
  language: Language,
  content: OfficeContent,
  polish: OfficeContent,
  slug: string,
  href: string,
): LinkView {
  const translated = content.programmes.find((programme) => programme.slug === slug);
  if (translated) return { label: translated.title, href: localizedPath(language, href) };
  const original = polish.programmes.find((programme) => programme.slug === slug);
  return { label: original?.title ?? slug, href, lang: "pl", hreflang: "pl" };
}
