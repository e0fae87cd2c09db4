import type { DateLookup } from "../calendar/date-lookup.ts";
import type { Weekday } from "../calendar/weekdays.ts";
import type { ScheduleRule } from "../schemas/schedule-shape.ts";

export type { DateLookup };

/**
 * Types of the hours engine's answers. These are computed values, not CMS data; the schedule
 * types they build on come from the zod schemas.
 */

/** Holidays and closures the engine consults for schedules with `closedOnHolidays`. */
export type EngineOptions = {
  /** Public holidays (a precomputed `Set`/`Map`, or `polishHolidayCalendar`). */
  holidays: DateLookup;
  /** Editor-entered one-off closures of the whole office (date → reason). */
  closures?: DateLookup;
};

/** One range of a day's hours: a rule without its days. */
export type DayRange = Omit<ScheduleRule, "days">;

/** What a resident can do at an instant: the open states, one per mode, or closed. */
export type OpenState = "open" | "phone_only" | "by_appointment" | "priority";

/**
 * Why a schedule is closed:
 * - `holiday`: a public holiday (with `closedOnHolidays`); `detail` is its name;
 * - `closure`: an editor-entered closure of the office; `detail` is its reason;
 * - `exception`: the schedule's own exception closes the day; `detail` is its reason;
 * - `outside_validity`: before `validFrom` or after `validTo`;
 * - `no_hours_today`: no range on this day;
 * - `outside_hours`: the day has ranges, but not at this time.
 */
export type ClosedReason =
  | "holiday"
  | "closure"
  | "exception"
  | "outside_validity"
  | "no_hours_today"
  | "outside_hours";

/** A local moment in Europe/Warsaw and the instant it is. */
export type Moment = {
  /** Local date, `"YYYY-MM-DD"`. */
  date: string;
  /** Local time, `"HH:MM"`. */
  time: string;
  /** The instant, milliseconds since the epoch. */
  epochMs: number;
};

/** The next opening: when, and in which state it opens. */
export type Opening = Moment & { state: OpenState; note?: string };

/**
 * The status of a schedule at an instant, a discriminated union on `state`:
 * - open states: `until` is when the state ends (contiguous ranges of the same mode merged);
 *   `note` is the range's note;
 * - `closed`: `reason` says why, `detail` names the holiday or the exception's reason, `next`
 *   is the next opening within the search horizon (missing when there is none).
 */
export type Status =
  | { state: OpenState; until: Moment; note?: string }
  | { state: "closed"; reason: ClosedReason; detail?: string; next?: Opening };

/** A day's effective hours, as a "this week" table shows them. */
export type DayHours = {
  /** Local date, `"YYYY-MM-DD"`. */
  date: string;
  /** Weekday of `date`. */
  weekday: Weekday;
  /** Ranges in order; empty when closed. */
  ranges: DayRange[];
  /** Why the whole day is closed (missing when it has ranges). */
  closed?: { reason: Exclude<ClosedReason, "outside_hours">; detail?: string };
  /** Label of the season in force, e.g. `"lipiec – sierpień"`. */
  season?: string;
};
