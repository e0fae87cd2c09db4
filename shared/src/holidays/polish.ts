import type { DateLookup } from "../calendar/date-lookup.ts";
import { dayOfIsoDate, daysFromCivil, isoDateOfDay, weekdayIndex } from "../calendar/days.ts";
import { easterSundayDay } from "./easter.ts";

/** A public holiday: date `"YYYY-MM-DD"` and its Polish name. */
export type Holiday = { date: string; name: string };

/** A fixed-date holiday, with the first year it is a day off (Ustawa o dniach wolnych od pracy). */
type FixedHoliday = { month: number; day: number; name: string; since?: number };

const FIXED: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: "Nowy Rok" },
  { month: 1, day: 6, name: "Święto Trzech Króli", since: 2011 },
  { month: 5, day: 1, name: "Święto Pracy" },
  { month: 5, day: 3, name: "Święto Narodowe Trzeciego Maja" },
  { month: 8, day: 15, name: "Wniebowzięcie Najświętszej Maryi Panny" },
  { month: 11, day: 1, name: "Wszystkich Świętych" },
  { month: 11, day: 11, name: "Narodowe Święto Niepodległości" },
  { month: 12, day: 24, name: "Wigilia Bożego Narodzenia", since: 2025 },
  { month: 12, day: 25, name: "Boże Narodzenie (pierwszy dzień)" },
  { month: 12, day: 26, name: "Boże Narodzenie (drugi dzień)" },
];

/** Moveable feasts as days after Easter Sunday. */
const MOVEABLE: readonly { offset: number; name: string }[] = [
  { offset: 0, name: "Wielkanoc" },
  { offset: 1, name: "Poniedziałek Wielkanocny" },
  { offset: 49, name: "Zielone Świątki (Zesłanie Ducha Świętego)" },
  { offset: 60, name: "Boże Ciało" },
];

/**
 * Every statutory public holiday (day off work) in Poland in `year`, sorted by date: the fixed
 * ones (6 January from 2011, 24 December from 2025) and the moveable feasts (Easter Sunday and
 * Monday, Pentecost Sunday, Corpus Christi).
 */
export function polishHolidays(year: number): Holiday[] {
  const easter = easterSundayDay(year);
  const days: { day: number; name: string }[] = [
    ...FIXED.filter((h) => h.since === undefined || year >= h.since).map((h) => ({
      day: daysFromCivil(year, h.month, h.day),
      name: h.name,
    })),
    ...MOVEABLE.map((h) => ({ day: easter + h.offset, name: h.name })),
  ];
  return days
    .sort((a, b) => a.day - b.day)
    .map(({ day, name }) => ({ date: isoDateOfDay(day), name }));
}

/** Holidays of `year` that fall on a Saturday (employers give another day off for each). */
export function saturdayHolidays(year: number): Holiday[] {
  return polishHolidays(year).filter((h) => weekdayIndex(dayOfIsoDate(h.date)) === 5);
}

/**
 * Polish holidays of the years `fromYear`…`toYear` as a map date → name, e.g. to precompute at
 * build time for the browser (`[...map]` serialises to JSON).
 */
export function polishHolidayMap(fromYear: number, toYear: number): Map<string, string> {
  const map = new Map<string, string>();
  for (let year = fromYear; year <= toYear; year++) {
    for (const holiday of polishHolidays(year)) map.set(holiday.date, holiday.name);
  }
  return map;
}

const byYear = new Map<string, Map<string, string>>();

function yearMap(date: string): Map<string, string> {
  const year = date.slice(0, 4);
  let map = byYear.get(year);
  if (!map) {
    map = polishHolidayMap(Number(year), Number(year));
    byYear.set(year, map);
  }
  return map;
}

/** Polish holidays of any year, computed once per year on first use. The engine's default. */
export const polishHolidayCalendar: DateLookup = {
  has: (date) => yearMap(date).has(date),
  get: (date) => yearMap(date).get(date),
};

/** An editor-entered one-off closure of the whole office, e.g. the day off for a holiday on a Saturday. */
export type Closure = { date: string; reason: string };

/** Closures as a lookup for the engine (`closures` option): date → reason. */
export function closureLookup(closures: readonly Closure[]): Map<string, string> {
  return new Map(closures.map((closure) => [closure.date, closure.reason]));
}
