// The home page: active alerts, every current schedule with its status, place and phones, contact summary,
// departments, active programmes and the latest news (none older than a configurable age).
import type { Alert, NewsPost } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { renderMarkdown } from "../markdown/render-markdown.ts";
import { routes } from "../routes.ts";
import type { ContactLinkView, LinkView } from "./chrome.ts";
import { noContactNotice } from "./contact-fallback.ts";
import { emailLink, type LocationView, locationView, phoneLink } from "./contact-links.ts";
import { type NewsItemView, newsItem } from "./news-pages.ts";
import { type OpenNowView, openNowView } from "./open-now.ts";
import { programmeState } from "./programme-state.ts";
import { type ProgrammeSummaryView, programmeSummary } from "./programme-summary.ts";
import { receptionGroups } from "./reception.ts";

export const HOME_NEWS_COUNT = 3;

/** Posts older than this many days before the build instant leave the home page (not the list). */
export const DEFAULT_HOME_NEWS_MAX_AGE_DAYS = 365;

const DAY_MS = 86_400_000;

/** The latest posts no older than `maxAgeDays` before `now`, newest first, at most three. */
export function homeNews(
  posts: readonly NewsPost[],
  now: Date,
  maxAgeDays: number = DEFAULT_HOME_NEWS_MAX_AGE_DAYS,
): NewsPost[] {
  const oldest = now.getTime() - maxAgeDays * DAY_MS;
  return posts
    .filter((post) => Date.parse(post.date) >= oldest)
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
    .slice(0, HOME_NEWS_COUNT);
}

export interface AlertView {
  title: string;
  bodyHtml: string;
  level: Alert["level"];
}

export interface HomePageView {
  alerts: AlertView[];
  openNow?: OpenNowView;
  location?: LocationView;
  phones: ContactLinkView[];
  emails: ContactLinkView[];
  /** Said when the office published no phone and no e-mail. */
  noContact?: string;
  departments: LinkView[];
  programmes: ProgrammeSummaryView[];
  news: NewsItemView[];
}

/** An alert is shown from validFrom to validTo (both optional, both inclusive) at `now`. */
export function alertActive(alert: Pick<Alert, "validFrom" | "validTo">, now: Date): boolean {
  const at = now.getTime();
  if (alert.validFrom !== undefined && at < Date.parse(alert.validFrom)) return false;
  if (alert.validTo !== undefined && at > Date.parse(alert.validTo)) return false;
  return true;
}

const ALERT_ORDER: Readonly<Record<Alert["level"], number>> = { urgent: 0, warning: 1, info: 2 };

export function homePage(
  content: OfficeContent,
  now: Date,
  today: string,
  newsMaxAgeDays: number = DEFAULT_HOME_NEWS_MAX_AGE_DAYS,
): HomePageView {
  const { office } = content;
  return {
    alerts: office.alerts
      .filter((alert) => alertActive(alert, now))
      .sort((a, b) => ALERT_ORDER[a.level] - ALERT_ORDER[b.level])
      .map((alert) => ({
        title: alert.title,
        bodyHtml: renderMarkdown(alert.body, { siteOrigin: office.siteUrl, headingBase: 3 }),
        level: alert.level,
      })),
    openNow: openNowView(receptionGroups(content, today), today),
    location: office.locations[0] ? locationView(office.locations[0]) : undefined,
    phones: office.phones.map(phoneLink),
    emails: office.emails.map(emailLink),
    ...(office.phones.length + office.emails.length === 0 ? { noContact: noContactNotice } : {}),
    departments: content.departments.map((department) => ({
      label: department.name,
      href: routes.department(department.slug),
    })),
    programmes: content.programmes
      .filter((programme) => programmeState(programme, today) === "active")
      .map((programme) => programmeSummary(programme, today)),
    news: homeNews(content.newsPosts, now, newsMaxAgeDays).map(newsItem),
  };
}
