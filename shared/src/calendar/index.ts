// Calendar time in Europe/Warsaw, the leaf of the domain core: day numbers and ISO dates,
// weekdays and their Polish names, wall-clock times of day, and Warsaw local time by arithmetic.
// Imports nothing; the hours engine, the formatting and the holidays build on it.
export { formatTime, hhmmToMinutes, minutesToHhmm } from "./clock.ts";
export type { DateLookup } from "./date-lookup.ts";
export {
  civilFromDays,
  DAY_MS,
  dayOfIsoDate,
  daysFromCivil,
  daysInMonth,
  isoDateOfDay,
  monthDayKey,
  weekdayIndex,
} from "./days.ts";
export {
  fromWarsaw,
  isClockChangeDay,
  summerTime,
  toWarsaw,
  WARSAW,
  wallClockIntervals,
  warsawDate,
  warsawOffset,
} from "./warsaw-time.ts";
export { ON_WEEKDAY, WEEKDAY_NAMES } from "./weekday-names.ts";
export { WEEKDAYS, type Weekday, weekdayRuns } from "./weekdays.ts";
