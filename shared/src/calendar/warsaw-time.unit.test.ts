import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS, isoDateOfDay } from "./days.ts";
import { fromWarsaw, toWarsaw, warsawDate, warsawOffset } from "./warsaw-time.ts";

const intlParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Warsaw",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** Europe/Warsaw offset by the time zone database (ICU), in milliseconds. */
function intlOffset(epochMs: number): number {
  const parts = Object.fromEntries(intlParts.formatToParts(epochMs).map((p) => [p.type, p.value]));
  const local = Date.UTC(
    +parts.year!,
    +parts.month! - 1,
    +parts.day!,
    +parts.hour!,
    +parts.minute!,
    +parts.second!,
  );
  return local - Math.floor(epochMs / 1000) * 1000;
}

const from2000 = Date.UTC(2000, 0, 1);
const to2040 = Date.UTC(2040, 11, 31);

describe("warsawOffset", () => {
  it("agrees with the time zone database for any instant in 2000–2040", () => {
    fc.assert(
      fc.property(fc.integer({ min: from2000, max: to2040 }), (epochMs) => {
        expect(warsawOffset(epochMs)).toBe(intlOffset(epochMs));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with the time zone database a second either side of every switch in 2000–2040", () => {
    for (let year = 2000; year <= 2040; year++) {
      for (const month of [2, 9]) {
        // Every hour of the last eight days of March and October.
        const end = Date.UTC(year, month + 1, 1);
        for (let t = end - 8 * DAY_MS; t < end; t += 3_600_000) {
          for (const probe of [t - 1000, t, t + 1000])
            expect(warsawOffset(probe)).toBe(intlOffset(probe));
        }
      }
    }
  });
});

describe("toWarsaw / fromWarsaw", () => {
  it.each([
    ["midnight in winter", "2025-01-01T00:00:00+01:00", "2025-01-01", 0],
    ["a minute before midnight", "2025-12-31T23:59:00+01:00", "2025-12-31", 23 * 60 + 59],
    ["summer", "2025-07-02T09:00:00+02:00", "2025-07-02", 9 * 60],
    ["just before the spring switch", "2025-03-30T01:59:00+01:00", "2025-03-30", 60 + 59],
    ["the spring switch", "2025-03-30T03:00:00+02:00", "2025-03-30", 3 * 60],
    ["first 02:30 in October", "2025-10-26T02:30:00+02:00", "2025-10-26", 150],
    ["second 02:30 in October", "2025-10-26T02:30:00+01:00", "2025-10-26", 150],
  ])("reads %s", (_name, iso, date, minutes) => {
    const { day, msOfDay } = toWarsaw(Date.parse(iso));
    expect([isoDateOfDay(day), msOfDay / 60_000]).toEqual([date, minutes]);
  });

  it.each([
    ["an ordinary time", "2025-06-10", 600, undefined, "2025-06-10T10:00:00+02:00"],
    [
      "the skipped hour (gives the switch)",
      "2025-03-30",
      150,
      undefined,
      "2025-03-30T03:00:00+02:00",
    ],
    ["the repeated hour (first)", "2025-10-26", 150, undefined, "2025-10-26T02:30:00+02:00"],
    [
      "the repeated hour after its first occurrence",
      "2025-10-26",
      150,
      "2025-10-26T02:40:00+02:00",
      "2025-10-26T02:30:00+01:00",
    ],
  ])("finds the instant of %s", (_name, date, minutes, notBefore, iso) => {
    const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
    expect(fromWarsaw(day, minutes, notBefore ? Date.parse(notBefore) : undefined)).toBe(
      Date.parse(iso),
    );
  });

  it("round-trips every existing local time", () => {
    fc.assert(
      fc.property(fc.integer({ min: from2000, max: to2040 }), (t) => {
        const epochMs = Math.floor(t / 60_000) * 60_000;
        const { day, msOfDay } = toWarsaw(epochMs);
        expect(fromWarsaw(day, msOfDay / 60_000, epochMs)).toBe(epochMs);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("warsawDate", () => {
  it.each([
    ["2026-11-22T23:30:00Z", "2026-11-23"],
    ["2026-11-22T22:59:59Z", "2026-11-22"],
    ["2026-06-30T22:00:00Z", "2026-07-01"],
    ["2026-06-30T21:59:59Z", "2026-06-30"],
  ])("the Warsaw calendar day of %s is %s", (instant, date) => {
    expect(warsawDate(new Date(instant))).toBe(date);
    expect(warsawDate(Date.parse(instant))).toBe(date);
  });
});
