import { statusOf } from "./hours/core.ts";

/**
 * Entry for the site's open-now island (browser). It evaluates schedules prepared at build time
 * with `prepareIslandSchedule` (checked in full there, compiled to plain JSON), with holidays
 * precomputed at build time too, so the browser gets the engine core and the phrases only — no
 * zod, no date-fns, no holiday computation, no validation messages:
 *
 *   // at build time (Astro frontmatter)
 *   const prepared = prepareIslandSchedule(schedule);
 *   const holidayDates = [...polishHolidayMap(2025, 2027).keys()];
 *   // in the island script
 *   import { statusAt, statusPhrase } from "@mops/shared/island";
 *   const now = Date.now();
 *   element.textContent = statusPhrase(statusAt(prepared, now, { holidays: new Set(holidayDates) }), now);
 */

/** The status of a prepared schedule at an instant; see `statusAt` in `./hours/engine.ts`. */
export const statusAt = statusOf;

export { toWarsaw, warsawDate } from "./calendar/warsaw-time.ts";
export {
  dayPhrase,
  openingPhrase,
  statusParts,
  statusPhrase,
  todayLine,
} from "./format/phrases.ts";
export type { CompiledSchedule as IslandSchedule } from "./hours/compile.ts";
export { nextOpeningOf as nextOpening, rangesOn } from "./hours/core.ts";
export type * from "./hours/types.ts";
export { statusPartsIn, statusPhraseIn, todayLineIn } from "./i18n/localized-phrases.ts";
export type { PhraseTable } from "./i18n/phrase-tables.ts";
