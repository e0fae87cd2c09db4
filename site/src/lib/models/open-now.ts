// The open-now island's data: each schedule checked and compiled at build time by the shared
// engine, and the Polish holidays around the build, so the browser only evaluates.
import {
  type IslandSchedule,
  polishHolidayMap,
  prepareIslandSchedule,
  type Schedule,
} from "@mops/shared";

export interface OpenNowEntry {
  label: string;
  /** Where the full weekly table is, for readers without JavaScript. */
  tableHref: string;
  /** The regular hours in short lines, where no table is on the page (the home page). */
  lines: string[];
}

export interface OpenNowData {
  /** Dates of Polish public holidays from the build's previous year to two years ahead. */
  holidays: string[];
  schedules: IslandSchedule[];
}

export interface OpenNowView {
  entries: OpenNowEntry[];
  data: OpenNowData;
}

export function openNowView(
  items: ReadonlyArray<{ schedule: Schedule; label: string; tableHref: string; lines?: string[] }>,
  today: string,
): OpenNowView | undefined {
  if (items.length === 0) return undefined;
  const year = Number(today.slice(0, 4));
  return {
    entries: items.map(({ label, tableHref, lines }) => ({ label, tableHref, lines: lines ?? [] })),
    data: {
      holidays: [...polishHolidayMap(year - 1, year + 2).keys()],
      schedules: items.map(({ schedule }) => prepareIslandSchedule(schedule)),
    },
  };
}

/** JSON for a <script type="application/json">, safe against "</script>". */
export function islandJson(data: OpenNowData): string {
  return JSON.stringify(data).replaceAll("<", "\\u003c");
}
