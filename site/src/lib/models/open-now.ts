// The open-now block's data: each schedule's label and week (day-independent, what a visitor
// without JavaScript reads), and each schedule checked and compiled at build time by the shared
// engine with the Polish holidays around the build, so the browser island only evaluates it and
// fills in the status and today's hours. The HTML says nothing about the build day, so a page the
// nightly run does not rebuild never shows a stale "today" (docs/decisions.md). The portal still
// shows the build day's status (`buildDayEntry`).
import {
  type DayRange,
  dayHours,
  hhmmToMinutes,
  type IslandSchedule,
  type Language,
  nextOpening,
  PHRASE_TABLES,
  type PhraseTable,
  polishHolidayMap,
  prepareIslandSchedule,
  type Schedule,
  statusPartsIn,
  todayLineIn,
} from "@mops/shared";
import type { ContactLinkView } from "./chrome.ts";
import type { ServiceStatusNotice } from "./service-status-notice.ts";
import { type WeekLine, weekLinesIn } from "./week-lines.ts";

export interface OpenNowEntry {
  /** The schedule's own label, e.g. "Dyżur prawnika". */
  label: string;
  /** The schedule's week in the page's language, e.g. "poniedziałek–piątek: 7:30–15:30". */
  week: WeekLine[];
}

/** The build day's status of a schedule, in words (the portal's cards). */
export interface BuildDayStatus {
  label: string;
  /** The state in words ("Otwarte", "Nieczynne", …) and the rest of the status line. */
  word: string;
  rest: string;
  /** Today's hours, e.g. "Dziś (23 listopada): 10:30–17:00". */
  today: string;
  open: boolean;
}

/** Where a group of schedules is, and how to reach it. */
export interface PlaceView {
  name: string;
  href: string;
  /** The language of the place's page when it is not the page's (a Polish department page). */
  hreflang?: string;
  addressLines: string[];
  phones: ContactLinkView[];
  emails: ContactLinkView[];
  /** Said when no phone is published, with another way to get in touch. */
  noPhone?: string;
  /** A department's limited or suspended service on the build day. */
  serviceStatus?: ServiceStatusNotice;
}

export interface OpenNowGroup {
  place?: PlaceView;
  entries: OpenNowEntry[];
}

export interface OpenNowData {
  /** Dates of Polish public holidays from the build's previous year to two years ahead. */
  holidays: string[];
  /** In the order of the entries of all groups (the island numbers them so). */
  schedules: IslandSchedule[];
  /** The page language's words: the island bundles none. */
  phrases: PhraseTable;
}

export interface OpenNowView {
  groups: OpenNowGroup[];
  data: OpenNowData;
}

/** The modes a day can be open in, the strongest first: in person, then appointments, then phone. */
const DAY_STATES = [
  ["in_person", "open"],
  ["priority", "priority"],
  ["by_appointment", "by_appointment"],
  ["phone_only", "phone_only"],
] as const;

/** The state a day with these ranges is open in, in the table's words. */
function dayStateHead(table: PhraseTable, ranges: readonly Pick<DayRange, "mode">[]): string {
  const modes = new Set<string>(ranges.map((range) => range.mode));
  const state = DAY_STATES.find(([mode]) => modes.has(mode))?.[1];
  return state ? table.heads[state] : table.heads.closed;
}

/** The status of the build day: the day's state (or the next opening) and its hours. */
export function buildDayEntry(
  schedule: Schedule,
  label: string,
  now: Date,
  today: string,
  language: Language = "pl",
): BuildDayStatus {
  const table = PHRASE_TABLES[language];
  const day = dayHours(schedule, today);
  const open = day.ranges.length > 0;
  const [word, rest] = open
    ? [dayStateHead(table, day.ranges), ` ${table.today}`]
    : statusPartsIn(
        table,
        {
          state: "closed",
          reason: day.closed?.reason ?? "no_hours_today",
          ...(day.closed?.detail ? { detail: day.closed.detail } : {}),
          ...withNext(nextOpening(schedule, now)),
        },
        now.getTime(),
      );
  const spans = day.ranges.map((range) => ({
    start: hhmmToMinutes(range.opens),
    end: hhmmToMinutes(range.closes),
    mode: range.mode,
  }));
  return { label, word, rest, today: todayLineIn(table, today, spans), open };
}

const withNext = <T>(next: T | undefined) => (next ? { next } : {});

export function openNowView(
  groups: ReadonlyArray<{
    place?: PlaceView;
    items: ReadonlyArray<{ schedule: Schedule; label: string }>;
  }>,
  today: string,
  language: Language = "pl",
): OpenNowView | undefined {
  const items = groups.flatMap((group) => group.items);
  if (items.length === 0) return undefined;
  return {
    groups: groups
      .filter((group) => group.items.length > 0)
      .map(({ place, items: own }) => ({
        ...(place ? { place } : {}),
        entries: own.map(({ schedule, label }) => ({
          label,
          week: weekLinesIn(language, schedule),
        })),
      })),
    data: islandData(
      items.map((item) => item.schedule),
      today,
      language,
    ),
  };
}

/** What the island needs: the schedules compiled, the holidays around `today`'s year, the words. */
export function islandData(
  schedules: readonly Schedule[],
  today: string,
  language: Language = "pl",
): OpenNowData {
  const year = Number(today.slice(0, 4));
  return {
    holidays: [...polishHolidayMap(year - 1, year + 2).keys()],
    schedules: schedules.map(prepareIslandSchedule),
    phrases: PHRASE_TABLES[language],
  };
}

/** JSON for a <script type="application/json">, safe against "</script>". */
export function islandJson(data: OpenNowData): string {
  return JSON.stringify(data).replaceAll("<", "\\u003c");
}
