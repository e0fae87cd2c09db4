// The open-now island's data: the schedules it evaluates in the visitor's browser and the Polish
// holidays around the build, so the status stays right days after the build.
import { polishHolidayMap, type Schedule, type ScheduleHours } from "@mops/shared";

export interface OpenNowEntry {
  label: string;
  /** Where the full weekly table is, for readers without JavaScript. */
  tableHref: string;
  /** The regular hours in short lines, where no table is on the page (the home page). */
  lines: string[];
}

export interface OpenNowData {
  /** [date, name] of Polish public holidays from the build's previous year to two years ahead. */
  holidays: Array<[string, string]>;
  schedules: ScheduleHours[];
}

export interface OpenNowView {
  entries: OpenNowEntry[];
  data: OpenNowData;
}

const hoursOf = (schedule: Schedule): ScheduleHours => ({
  rules: schedule.rules,
  seasons: schedule.seasons,
  validFrom: schedule.validFrom,
  validTo: schedule.validTo,
  closedOnHolidays: schedule.closedOnHolidays,
  exceptions: schedule.exceptions,
});

export function openNowView(
  items: ReadonlyArray<{ schedule: Schedule; label: string; tableHref: string; lines?: string[] }>,
  today: string,
): OpenNowView | undefined {
  if (items.length === 0) return undefined;
  const year = Number(today.slice(0, 4));
  return {
    entries: items.map(({ label, tableHref, lines }) => ({ label, tableHref, lines: lines ?? [] })),
    data: {
      holidays: [...polishHolidayMap(year - 1, year + 2)],
      schedules: items.map(({ schedule }) => hoursOf(schedule)),
    },
  };
}

/** JSON for a <script type="application/json">, safe against "</script>". */
export function islandJson(data: OpenNowData): string {
  return JSON.stringify(data).replaceAll("<", "\\u003c");
}
