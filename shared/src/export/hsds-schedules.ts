import { dayOfIsoDate, isoDateOfDay } from "../calendar/days.ts";
import { MODE_LABELS } from "../format/modes.ts";
import { dayHours } from "../hours/index.ts";
import type { DateLookup } from "../hours/types.ts";
import type { ScheduleHours } from "../schemas/schedule.ts";
import { stableUuid } from "./stable-uuid.ts";
import { type DaySpecial, weeklyRuns } from "./weekly-runs.ts";

/**
 * A schedule as Open Referral HSDS 3 `schedule` objects (https://docs.openreferral.org/, the
 * `schedule` table: RFC 5545 recurrence fields). HSDS has no overriding entries, so the export
 * resolves the schedule semantics itself over a window of dates (by the hours engine): each run
 * of days with the same weekly hours (the regular week, a season, between holidays and
 * exceptions) gives one entry per range, `freq: WEEKLY` with `byday`, valid from the run's first
 * day to its last (`valid_from`/`valid_to`, `dtstart`/`until`). A reader takes the union: open
 * when any entry valid on the date lists its weekday and `opens_at` ≤ time < `closes_at`.
 * Named closures (holidays, closures, closed exceptions) are entries without hours, their
 * reason in `description`. Times are Europe/Warsaw wall-clock `HH:MM` (`24:00` ends a day); the
 * entries carry no `timezone` offset, which would be wrong for half of the year.
 */
export type HsdsSchedule = {
  id: string;
  service_id?: string;
  location_id?: string;
  valid_from: string;
  valid_to: string;
  dtstart: string;
  until: string;
  freq?: "WEEKLY";
  wkst?: "MO";
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description: string;
  attending_type?: string;
  notes?: string;
};

/** Options of the HSDS schedule export. */
export type HsdsScheduleOptions = {
  /** First and last date of the window, `"YYYY-MM-DD"`. */
  from: string;
  to: string;
  /** Key the entries' ids derive from, unique per schedule (e.g. its documentId). */
  key: string;
  /** The owner: `service_id` or `location_id`. */
  owner: { service_id: string } | { location_id: string };
  /** Title used in descriptions, e.g. `"Przyjęcia interesantów"`. */
  label: string;
  holidays?: DateLookup;
  closures?: DateLookup;
};

const ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/** The schedule's effective hours over the window as HSDS schedules. */
export function toHsdsSchedules(
  schedule: ScheduleHours,
  options: HsdsScheduleOptions,
): HsdsSchedule[] {
  const calendars = {
    ...(options.holidays ? { holidays: options.holidays } : {}),
    ...(options.closures ? { closures: options.closures } : {}),
  };
  const days = new Map<number, DaySpecial>();
  for (let day = dayOfIsoDate(options.from); day <= dayOfIsoDate(options.to); day++) {
    const hours = dayHours(schedule, isoDateOfDay(day), calendars);
    const named =
      hours.ranges.length === 0 && hours.closed?.detail && hours.closed.reason !== "no_hours_today";
    days.set(
      day,
      named
        ? { ranges: hours.ranges, closedDetail: hours.closed!.detail }
        : { ranges: hours.ranges },
    );
  }
  const entries: HsdsSchedule[] = [];
  for (const run of weeklyRuns(days)) {
    const from = isoDateOfDay(run.from);
    const to = isoDateOfDay(run.to);
    const dated = { valid_from: from, valid_to: to, dtstart: from, until: to };
    for (const { weekdays, day } of run.groups) {
      if (day.ranges.length === 0) {
        if (day.closedDetail === undefined) continue;
        entries.push({
          id: stableUuid(`${options.key}/${from}/closed`),
          ...options.owner,
          ...dated,
          description: `${options.label}: nieczynne (${day.closedDetail})`,
        });
        continue;
      }
      for (const range of day.ranges) {
        const mode = MODE_LABELS[range.mode];
        entries.push({
          id: stableUuid(`${options.key}/${from}/${weekdays.join("")}/${range.opens}`),
          ...options.owner,
          ...dated,
          freq: "WEEKLY",
          wkst: "MO",
          byday: weekdays.map((w) => ICAL_DAYS[w]).join(","),
          opens_at: range.opens,
          closes_at: range.closes,
          description: options.label,
          ...(mode ? { attending_type: mode } : {}),
          ...(range.note ? { notes: range.note } : {}),
        });
      }
    }
  }
  return entries;
}
