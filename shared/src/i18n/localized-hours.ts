import { WEEKDAY_NAMES } from "../calendar/weekday-names.ts";
import { type Weekday, weekdayRuns } from "../calendar/weekdays.ts";
import { type ClosedDays, groupWeek, type HoursLine, weekOfRules } from "../format/hours.ts";
import { MODE_LABELS } from "../format/modes.ts";
import type { DayRange } from "../hours/types.ts";
import type { ScheduleRule } from "../schemas/schedule.ts";
import type { ScheduleMode } from "../schemas/schedule-shape.ts";
import type { Language } from "./language.ts";
import { formatTimeIn } from "./locale-format.ts";

/** The words weekly hours are written with in one language. */
type HoursWords = {
  /** Weekday names as a table row heads them, Monday first. */
  weekdays: Readonly<Record<Weekday, string>>;
  /** A closed day. */
  closed: string;
  /** Joins the last two ranges of a day. */
  and: string;
  /** A mode next to its range (in person adds nothing). */
  modes: Readonly<Record<ScheduleMode, string>>;
};

/** Weekly-hours words by language; Polish is the one `formatRules` uses. */
export const HOURS_WORDS: Readonly<Record<Language, HoursWords>> = {
  pl: { weekdays: WEEKDAY_NAMES, closed: "nieczynne", and: "i", modes: MODE_LABELS },
  uk: {
    weekdays: {
      mon: "понеділок",
      tue: "вівторок",
      wed: "середа",
      thu: "четвер",
      fri: "пʼятниця",
      sat: "субота",
      sun: "неділя",
    },
    closed: "зачинено",
    and: "і",
    modes: {
      in_person: "",
      phone_only: "лише телефоном",
      by_appointment: "за попереднім записом",
      priority: "першочергово для записаних",
    },
  },
  en: {
    weekdays: {
      mon: "Monday",
      tue: "Tuesday",
      wed: "Wednesday",
      thu: "Thursday",
      fri: "Friday",
      sat: "Saturday",
      sun: "Sunday",
    },
    closed: "closed",
    and: "and",
    modes: {
      in_person: "",
      phone_only: "phone only",
      by_appointment: "by appointment only",
      priority: "appointments first",
    },
  },
};

/** Day names, consecutive runs as ranges: `"понеділок – вівторок, пʼятниця"`, `"Monday – Tuesday, Friday"`. */
export function formatDayListIn(language: Language, days: readonly Weekday[]): string {
  const names = HOURS_WORDS[language].weekdays;
  return weekdayRuns(days)
    .map(([from, to]) => (from === to ? names[from] : `${names[from]} – ${names[to]}`))
    .join(", ");
}

/**
 * One day's ranges: `"09:00–11:00 і 13:00–14:00"`, `"07:00–10:00 (appointments first) and
 * 10:00–15:00"`; the mode and note once at the end when all ranges share them. None: closed.
 */
export function formatRangesIn(language: Language, ranges: readonly DayRange[]): string {
  const words = HOURS_WORDS[language];
  if (ranges.length === 0) return words.closed;
  const spans = ranges.map(
    (r) => `${formatTimeIn(language, r.opens)}–${formatTimeIn(language, r.closes)}`,
  );
  const notes = ranges.map((r) => [words.modes[r.mode], r.note].filter(Boolean).join(", "));
  const join = (items: readonly string[]) =>
    items.length <= 1
      ? (items[0] ?? "")
      : `${items.slice(0, -1).join(", ")} ${words.and} ${items.at(-1)}`;
  if (notes.every((note) => note === notes[0])) {
    return notes[0] ? `${join(spans)} (${notes[0]})` : join(spans);
  }
  return join(spans.map((span, i) => (notes[i] ? `${span} (${notes[i]})` : span)));
}

/** Rules grouped into lines in the language, grouped as `formatRules` groups them. */
export function formatRulesIn(
  language: Language,
  rules: readonly ScheduleRule[],
  closedDays: ClosedDays = "between",
): HoursLine[] {
  return groupWeek(weekOfRules(rules), closedDays).map(({ days, ranges }) => {
    const dayLabel = formatDayListIn(language, days);
    const hours = formatRangesIn(language, ranges);
    return { days, dayLabel, hours, ranges, text: `${dayLabel}: ${hours}` };
  });
}
