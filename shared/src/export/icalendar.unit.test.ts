import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { assertSameOpenInstants } from "../../test-support/agreement.ts";
import {
  CLOCK_CHANGE_NIGHT_MS,
  clockChangeNightArb,
  GRID_MS,
  scheduleArb,
} from "../../test-support/arbitraries.ts";
import { SEED } from "../../test-support/seed-schedules.ts";
import { statusAt } from "../hours/index.ts";
import { scheduleHoursSchema } from "../schemas/schedule.ts";
import { foldLine, toICalendar } from "./icalendar.ts";

/** Open intervals [start, end) in epoch ms of every event occurrence, expanded by ical.js. */
function occurrences(text: string, untilMs: number): [number, number][] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const intervals: [number, number][] = [];
  for (const component of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(component);
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const start = details.startDate.toUnixTime() * 1000;
      if (start >= untilMs) break;
      intervals.push([start, details.endDate.toUnixTime() * 1000]);
    }
  }
  return intervals;
}

const isOpen = (intervals: readonly [number, number][], t: number): boolean =>
  intervals.some(([s, e]) => s <= t && t < e);

describe("toICalendar", () => {
  const text = toICalendar(SEED.kutnoSrodowiskowa, {
    from: "2025-06-16",
    to: "2025-06-29",
    title: "Dział Pomocy Środowiskowej",
    uid: "kutno-dps",
  });

  it("writes RFC 5545 lines: CRLF, folded at 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    for (const line of text.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("writes a weekly event per rule, skipping Corpus Christi", () => {
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Warsaw");
    expect(unfolded).toContain(
      "DTSTART;TZID=Europe/Warsaw:20250616T090000\r\nDTEND;TZID=Europe/Warsaw:20250616T110000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,TH,FR;UNTIL=20250629T215959Z\r\nEXDATE;TZID=Europe/Warsaw:20250619T090000",
    );
    expect(unfolded).toContain("SUMMARY:Dział Pomocy Środowiskowej (po wcześniejszym umówieniu)");
    expect(unfolded).toContain(
      "DESCRIPTION:po uprzednim kontakcie telefonicznym z pracownikiem socjalnym",
    );
    expect(unfolded).toContain("DTSTAMP:20250616T000000Z");
  });

  it("expands to the engine's open ranges (ical.js)", () => {
    const intervals = occurrences(text, Date.parse("2025-06-30T00:00:00+02:00"));
    expect(
      intervals.map(([s, e]) => [new Date(s).toISOString(), new Date(e).toISOString()]).sort(),
    ).toEqual(
      [
        ["2025-06-16T07:00:00.000Z", "2025-06-16T09:00:00.000Z"],
        ["2025-06-16T11:00:00.000Z", "2025-06-16T12:00:00.000Z"],
        ["2025-06-17T07:00:00.000Z", "2025-06-17T09:00:00.000Z"],
        ["2025-06-17T11:00:00.000Z", "2025-06-17T12:00:00.000Z"],
        ["2025-06-20T07:00:00.000Z", "2025-06-20T09:00:00.000Z"],
        ["2025-06-20T11:00:00.000Z", "2025-06-20T12:00:00.000Z"],
        ["2025-06-23T07:00:00.000Z", "2025-06-23T09:00:00.000Z"],
        ["2025-06-23T11:00:00.000Z", "2025-06-23T12:00:00.000Z"],
        ["2025-06-24T07:00:00.000Z", "2025-06-24T09:00:00.000Z"],
        ["2025-06-24T11:00:00.000Z", "2025-06-24T12:00:00.000Z"],
        ["2025-06-26T07:00:00.000Z", "2025-06-26T09:00:00.000Z"],
        ["2025-06-26T11:00:00.000Z", "2025-06-26T12:00:00.000Z"],
        ["2025-06-27T07:00:00.000Z", "2025-06-27T09:00:00.000Z"],
        ["2025-06-27T11:00:00.000Z", "2025-06-27T12:00:00.000Z"],
      ].sort(),
    );
  });

  it("splits the psychologist's year into regular and summer periods", () => {
    const summer = toICalendar(SEED.pruszkowPsycholog, {
      from: "2025-06-01",
      to: "2025-09-30",
    }).replace(/\r\n /g, "");
    expect(summer.match(/RRULE:FREQ=WEEKLY[^\r]*/g)).toEqual([
      "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20250630T215959Z",
      "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20250831T215959Z",
      "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20250930T215959Z",
    ]);
    expect(summer).toContain("SUMMARY:Godziny przyjęć (tylko telefonicznie)");
    expect(summer).toContain("EXDATE;TZID=Europe/Warsaw:20250815T090000");
  });

  // TextEncoder is the oracle for octets; a folded line is well formed when no character (or
  // surrogate pair) was split.
  const expectFolded = (line: string) => {
    const lines = foldLine(line).split("\r\n");
    for (const part of lines) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/\p{Cs}/u); // a lone surrogate: a split pair
    }
    expect(lines.slice(1).every((part) => part.startsWith(" "))).toBe(true);
    expect(lines.map((part, i) => (i === 0 ? part : part.slice(1))).join("")).toBe(line);
    return lines;
  };

  it.each([
    ["ASCII", "a".repeat(200)],
    ["Polish letters", "ąęśćżźółń".repeat(30)],
    ["Ukrainian letters", "Соціальна допомога ".repeat(12)],
    ["three-octet characters", "–€".repeat(40)],
    ["four-octet characters", "😀".repeat(40)],
  ])("folds %s without splitting a character", (_name, value) => {
    expectFolded(`DESCRIPTION:${value}`);
  });

  it.each([
    ["25 three-octet characters: 75 octets, one line", "€".repeat(25), 1],
    ["26 three-octet characters: 78 octets, folded", "€".repeat(26), 2],
    ["75 ASCII characters, one line", "a".repeat(75), 1],
    ["76 ASCII characters, folded", "a".repeat(76), 2],
  ])("%s", (_name, line, count) => {
    expect(expectFolded(line)).toHaveLength(count);
  });

  it("folds any line within 75 octets and unfolds to it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (line) => {
        expectFolded(line);
      }),
    );
  });
});

describe("iCalendar export agrees with the engine", () => {
  it("describes the same open instants over sample weeks", () => {
    fc.assert(
      fc.property(scheduleArb, fc.integer({ min: 0, max: 100 }), (schedule, week) => {
        const start = Date.parse("2024-12-30T00:00:00+01:00") + week * 7 * 86_400_000;
        const end = start + 7 * 86_400_000;
        const from = new Date(start + 12 * 3_600_000).toISOString().slice(0, 10);
        // One day more: in the spring week, seven days of 24 hours end at 1:00 on Monday.
        const to = new Date(end + 12 * 3_600_000).toISOString().slice(0, 10);
        const intervals = occurrences(toICalendar(schedule, { from, to }), end + 86_400_000);
        assertSameOpenInstants("iCalendar", schedule, (t) => isOpen(intervals, t), {
          from: start,
          to: end,
          stepMs: GRID_MS,
        });
      }),
      { numRuns: 120 },
    );
  });

  it("describes the same open instants on the clock-change nights, minute by minute", () => {
    fc.assert(
      fc.property(clockChangeNightArb, ({ schedule, sunday, from, to }) => {
        const text = toICalendar(schedule, { from: sunday, to: sunday });
        const intervals = occurrences(text, to + CLOCK_CHANGE_NIGHT_MS);
        assertSameOpenInstants("iCalendar", schedule, (t) => isOpen(intervals, t), {
          from,
          to,
          stepMs: 60_000,
        });
      }),
      { numRuns: 150 },
    );
  });

  it("agrees across the weeks of both DST switches", () => {
    const night = scheduleHoursSchema.parse({
      closedOnHolidays: false,
      rules: [
        { days: ["sat", "sun", "mon"], opens: "00:30", closes: "01:45" },
        { days: ["sun"], opens: "04:00", closes: "06:00" },
      ],
    });
    for (const [from, to] of [
      ["2025-03-24", "2025-03-30"],
      ["2025-10-20", "2025-10-26"],
    ] as const) {
      const start = Date.parse(`${from}T00:00:00Z`) - 2 * 3_600_000;
      const intervals = occurrences(toICalendar(night, { from, to }), start + 9 * 86_400_000);
      for (let t = start; t < start + 7 * 86_400_000; t += GRID_MS) {
        expect([new Date(t).toISOString(), isOpen(intervals, t)]).toEqual([
          new Date(t).toISOString(),
          statusAt(night, t).state !== "closed",
        ]);
      }
    }
  });
});
