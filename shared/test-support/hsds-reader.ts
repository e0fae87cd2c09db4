import { warsawWallClock } from "./schema-org-reader.ts";

/**
 * An independent reader of HSDS schedules, written from the HSDS `schedule` table's fields and
 * RFC 5545 (not from the hours engine): a place is open at an instant when any entry valid on
 * the Warsaw date (`valid_from`…`valid_to`) recurs weekly on its weekday (`byday`) and the
 * Warsaw time is in `opens_at` ≤ time < `closes_at`. Entries without hours open nothing.
 */
export type HsdsScheduleLike = {
  valid_from?: string;
  valid_to?: string;
  freq?: string;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
};

const WEEKDAY_CODES: Readonly<Record<string, string>> = {
  Monday: "MO",
  Tuesday: "TU",
  Wednesday: "WE",
  Thursday: "TH",
  Friday: "FR",
  Saturday: "SA",
  Sunday: "SU",
};

export function hsdsOpenAt(schedules: readonly HsdsScheduleLike[], epochMs: number): boolean {
  const { date, weekday, time } = warsawWallClock(epochMs);
  const code = WEEKDAY_CODES[weekday]!;
  return schedules.some(
    (entry) =>
      entry.opens_at !== undefined &&
      entry.closes_at !== undefined &&
      (entry.valid_from === undefined || entry.valid_from <= date) &&
      (entry.valid_to === undefined || date <= entry.valid_to) &&
      entry.freq === "WEEKLY" &&
      (entry.byday ?? "").split(",").includes(code) &&
      entry.opens_at <= time &&
      time < entry.closes_at,
  );
}
