// An office's "date state": what the day alone changes in its built site, decided without
// building. The nightly run compares it with the state its live release was built at and rebuilds
// only when they differ (publisher/src/rebuild/nightly.ts). It is the page models' own rules
// applied to the content at an instant: each alert shown or not, each programme's state, each
// department's service status, the news on the home page, the year of the holiday feeds, each
// schedule's validity and the exceptions its tables list, and the dated items (holidays, exceptions,
// seasons, validity bounds) inside the rolling windows of the feeds and structured data. Plus a
// digest of the content itself. Deliberately left out (docs/decisions.md, "Nightly run"): the
// "Stan na" date of the printable page, DTSTAMPs and the start of the feeds' windows. Today's row
// and the open-now status need nothing here: the HTML holds neither, the island renders both.
import { createHash } from "node:crypto";
import {
  type Department,
  dayOfIsoDate,
  holidaysOfYears,
  isoDateOfDay,
  type Language,
  type Schedule,
  serviceStatusOn,
  warsawDate,
} from "@mops/shared";
import { parseBuildEnv } from "../build/build-env.ts";
import type { OfficeContent } from "../content/office-content.ts";
import { alertActive, DEFAULT_HOME_NEWS_MAX_AGE_DAYS, homeNews } from "../models/home-page.ts";
import { CALENDAR_DAYS } from "../models/hours-calendar.ts";
import { HSDS_DAYS } from "../models/hsds-export.ts";
import { programmeState } from "../models/programme-state.ts";
import { STRUCTURED_DATA_DAYS } from "../models/structured-data.ts";

/** The kinds of date-dependent state; a state's key is `<kind> "<label>"` or the bare kind. */
export const STATE_KINDS = [
  "alert",
  "programme",
  "service status",
  "schedule validity",
  "schedule exceptions",
  "home news",
  "holiday year",
  "dated items",
] as const;
export type StateKind = (typeof STATE_KINDS)[number];

export interface DateState {
  /** sha256 of the content in every language, hex. */
  content: string;
  /** The rendering code's version (site-code.ts), when the caller knows it. */
  code?: string;
  /** Each date-dependent state, by key. */
  states: Record<string, string>;
}

/** The office's content in Polish and, when it has them, its translations. */
export type OfficeVersions = { pl: OfficeContent } & Partial<
  Record<Exclude<Language, "pl">, OfficeContent>
>;

export interface DateStateOptions {
  /** Days after which news leaves the home page (HOME_NEWS_MAX_AGE_DAYS). */
  newsMaxAgeDays?: number;
}

/** The options a build with this environment renders with (HOME_NEWS_MAX_AGE_DAYS). */
export function dateStateOptionsFrom(env: Record<string, string | undefined>): DateStateOptions {
  const days = parseBuildEnv(env).HOME_NEWS_MAX_AGE_DAYS;
  return days === undefined ? {} : { newsMaxAgeDays: days };
}

const WINDOWS = [...new Set([STRUCTURED_DATA_DAYS, CALENDAR_DAYS, HSDS_DAYS])].sort(
  (a, b) => a - b,
);

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

/** A schedule's validity on `today`: before its first day, within, or after its last. */
function validity(schedule: Schedule, today: string): string {
  if (schedule.validFrom !== undefined && today < schedule.validFrom) return "upcoming";
  if (schedule.validTo !== undefined && today > schedule.validTo) return "ended";
  return "current";
}

/** The dates on which something a dated listing shows begins or ends, in `years`. */
function datedItems(schedules: readonly Schedule[], years: readonly number[]): string[] {
  const dates = holidaysOfYears(years[0] ?? 0, years.at(-1) ?? 0).map((holiday) => holiday.date);
  for (const schedule of schedules) {
    if (schedule.validFrom) dates.push(schedule.validFrom);
    if (schedule.validTo) dates.push(schedule.validTo);
    for (const exception of schedule.exceptions) dates.push(exception.from, exception.to ?? "");
    for (const season of schedule.seasons ?? []) {
      for (const year of years) {
        dates.push(`${year}-${season.fromMonthDay}`, `${year}-${season.toMonthDay}`);
      }
    }
  }
  return dates.filter(Boolean);
}

/** Adds `value` under `key`, numbering keys that repeat (two alerts with one title). */
function put(states: Record<string, string>, key: string, value: string): void {
  let unique = key;
  for (let n = 2; unique in states; n++) unique = `${key} #${n}`;
  states[unique] = value;
}

function statesOf(
  content: OfficeContent,
  now: Date,
  today: string,
  suffix: string,
  options: DateStateOptions,
  states: Record<string, string>,
): void {
  const label = (kind: StateKind, name: string) => `${kind} "${name}"${suffix}`;
  for (const alert of content.office.alerts) {
    put(states, label("alert", alert.title), alertActive(alert, now) ? "shown" : "hidden");
  }
  for (const programme of content.programmes) {
    put(states, label("programme", programme.title), programmeState(programme, today));
  }
  for (const department of content.departments as Department[]) {
    put(states, label("service status", department.name), serviceStatusOn(department, today).state);
  }
  for (const schedule of content.schedules) {
    const name = schedule.label;
    put(states, label("schedule validity", name), validity(schedule, today));
    const shown = schedule.exceptions
      .filter((exception) => (exception.to ?? exception.from) >= today)
      .map((exception) => exception.from);
    put(states, label("schedule exceptions", name), shown.join(" "));
  }
  const news = homeNews(
    content.newsPosts,
    now,
    options.newsMaxAgeDays ?? DEFAULT_HOME_NEWS_MAX_AGE_DAYS,
  );
  states[`home news${suffix}`] = JSON.stringify(news.map((post) => post.title));
}

/**
 * The office's date state at `now`. Pure: the same content and instant give the same state, and
 * two instants give equal states exactly when none of the listed states flips between them.
 */
export function officeDateState(
  versions: OfficeVersions,
  now: Date,
  options: DateStateOptions = {},
): DateState {
  const today = warsawDate(now);
  const year = Number(today.slice(0, 4));
  const states: Record<string, string> = {};
  const languages = Object.keys(versions).sort() as Language[];
  for (const language of languages) {
    const content = versions[language];
    if (content)
      statesOf(content, now, today, language === "pl" ? "" : ` [${language}]`, options, states);
  }
  states["holiday year"] = String(year);
  const todayDay = dayOfIsoDate(today);
  const lastDay = todayDay + (WINDOWS.at(-1) ?? 0);
  const years = Array.from(
    { length: Number(isoDateOfDay(lastDay).slice(0, 4)) - year + 1 },
    (_, index) => year + index,
  );
  const dates = datedItems(versions.pl.schedules, years).sort();
  for (const days of WINDOWS) {
    const to = isoDateOfDay(todayDay + days);
    const inside = [...new Set(dates.filter((date) => date >= today && date <= to))];
    states[`dated items "next ${days} days"`] = digest(inside.join(" ")).slice(0, 16);
  }
  const contentText = JSON.stringify(languages.map((language) => [language, versions[language]]));
  return { content: digest(contentText), states };
}

/** The kind a state key names (`alert "…"` → `alert`). */
export function kindOf(key: string): StateKind | undefined {
  return STATE_KINDS.find((kind) => key === kind || key.startsWith(`${kind} `));
}
