import {
  civilFromDays,
  DAY_MS,
  daysFromCivil,
  daysInMonth,
  isoDateOfDay,
  weekdayIndex,
} from "./days.ts";

/**
 * Europe/Warsaw local time by arithmetic, without Intl or time zone data: CET (UTC+1), and CEST
 * (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, the EU
 * rule Poland has followed since 1996. Tests compare it with Intl for 2000–2040.
 */

/** The time zone every office is in. */
export const WARSAW = "Europe/Warsaw";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const lastSunday = (year: number, month: number): number => {
  const last = daysFromCivil(year, month, daysInMonth(year, month));
  return last - ((weekdayIndex(last) + 1) % 7);
};

const transitions = new Map<number, readonly [number, number]>();

/** Start and end instants of summer time (CEST) in `year`. */
export function summerTime(year: number): readonly [number, number] {
  let pair = transitions.get(year);
  if (!pair) {
    pair = [
      lastSunday(year, 3) * DAY_MS + HOUR_MS,
      lastSunday(year, 10) * DAY_MS + HOUR_MS,
    ] as const;
    transitions.set(year, pair);
  }
  return pair;
}

/** Offset of Warsaw time from UTC at an instant, in milliseconds (1 h or 2 h). */
export function warsawOffset(epochMs: number): number {
  const [start, end] = summerTime(civilFromDays(Math.floor(epochMs / DAY_MS))[0]);
  return epochMs >= start && epochMs < end ? 2 * HOUR_MS : HOUR_MS;
}

/** Local day number and milliseconds after local midnight of an instant. */
export function toWarsaw(epochMs: number): { day: number; msOfDay: number } {
  const local = epochMs + warsawOffset(epochMs);
  const day = Math.floor(local / DAY_MS);
  return { day, msOfDay: local - day * DAY_MS };
}

/** The Warsaw calendar date of an instant (a Date or epoch milliseconds), `"YYYY-MM-DD"`. */
export function warsawDate(at: Date | number): string {
  return isoDateOfDay(toWarsaw(typeof at === "number" ? at : at.getTime()).day);
}

/**
 * The instant of a local time. An ambiguous time (the repeated hour in October) gives its first
 * occurrence not before `notBefore`; a time that does not exist (the skipped hour in March) gives
 * the instant the clocks jump, so it is never earlier than the times before it.
 */
export function fromWarsaw(
  day: number,
  minutes: number,
  notBefore = Number.NEGATIVE_INFINITY,
): number {
  const local = day * DAY_MS + minutes * MINUTE_MS;
  const summer = local - 2 * HOUR_MS;
  const winter = local - HOUR_MS;
  const summerValid = warsawOffset(summer) === 2 * HOUR_MS;
  const winterValid = warsawOffset(winter) === HOUR_MS;
  if (summerValid && (summer >= notBefore || !winterValid)) return summer;
  if (winterValid) return winter;
  return summerTime(civilFromDays(day)[0])[0];
}

/** True on the two days a year the clocks change (last Sundays of March and October). */
export function isClockChangeDay(day: number): boolean {
  const [start, end] = summerTime(civilFromDays(day)[0]);
  return Math.floor(start / DAY_MS) === day || Math.floor(end / DAY_MS) === day;
}

/**
 * The instants at which the wall clock of local `day` reads from `start` up to `end` (minutes
 * after midnight), as ordered half-open intervals. Most days give one. On the last Sunday of
 * October the clock reads 02:00–03:00 twice, so a range touching that hour holds for both
 * readings (two intervals, or one longer); a range inside the skipped hour of March gives none.
 * Opening hours are wall-clock times, as in OpenStreetMap's opening_hours.
 */
export function wallClockIntervals(day: number, start: number, end: number): [number, number][] {
  const local = day * DAY_MS;
  const dayStart = fromWarsaw(day, 0);
  const dayEnd = fromWarsaw(day + 1, 0);
  const cuts = summerTime(civilFromDays(day)[0]).filter((t) => t > dayStart && t < dayEnd);
  const bounds = [dayStart, ...cuts, dayEnd];
  const intervals: [number, number][] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const offset = warsawOffset(bounds[i]!);
    const from = Math.max(local + start * MINUTE_MS - offset, bounds[i]!);
    const to = Math.min(local + end * MINUTE_MS - offset, bounds[i + 1]!);
    if (from >= to) continue;
    const previous = intervals.at(-1);
    if (previous && previous[1] === from) previous[1] = to;
    else intervals.push([from, to]);
  }
  return intervals;
}
