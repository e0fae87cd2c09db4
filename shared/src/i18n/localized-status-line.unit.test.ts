import { describe, expect, it } from "vitest";
import { SEED, type SeedName } from "../../test-support/seed-schedules.ts";
import { statusParts, todayLine } from "../format/phrases.ts";
import { statusAt } from "../hours/index.ts";
import { type DaySpan, statusPartsIn, todayLineIn } from "./localized-phrases.ts";
import { PHRASE_TABLES } from "./phrase-tables.ts";

const line = (parts: [string, string]) => parts.join("");

describe.each([
  ["uk", "kutnoSwiadczenia", "2025-06-09T10:30:00+02:00", "Відчинено до 14:00"],
  [
    "uk",
    "kutnoSwiadczenia",
    "2025-06-09T08:00:00+02:00",
    "Зачинено – відчиниться сьогодні о 10:00",
  ],
  [
    "uk",
    "kutnoSwiadczenia",
    "2025-06-19T11:00:00+02:00",
    "Зачинено сьогодні (свято) – відчиниться завтра о 10:00",
  ],
  [
    "uk",
    "kutnoSrodowiskowa",
    "2025-06-09T10:00:00+02:00",
    "Відчинено за попереднім записом до 11:00",
  ],
  ["en", "kutnoSwiadczenia", "2025-06-09T10:30:00+02:00", "Open until 14:00"],
  ["en", "kutnoSwiadczenia", "2025-06-11T09:00:00+02:00", "Closed today – opens tomorrow at 10:00"],
  [
    "en",
    "pruszkowPsycholog",
    "2025-08-15T10:00:00+02:00",
    "Closed today (public holiday) – opens on Monday at 09:00 (phone only)",
  ],
  ["en", "wspierajSenioraIntake", "2020-12-30T12:00:00+01:00", "Phone only until 15:00"],
] as const)("statusPartsIn(%s) for %s at %s", (language, seed, at, expected) => {
  it(`reads "${expected}"`, () => {
    const now = Date.parse(at);
    const parts = statusPartsIn(
      PHRASE_TABLES[language],
      statusAt(SEED[seed as SeedName], now),
      now,
    );
    expect(line(parts)).toBe(expected);
    expect(Object.values(PHRASE_TABLES[language].heads)).toContain(parts[0]);
  });
});

describe("the Polish table reads as the Polish status line", () => {
  const seeds = Object.keys(SEED) as SeedName[];
  const instants = [
    "2025-06-09T08:00:00+02:00",
    "2025-06-09T10:30:00+02:00",
    "2025-06-11T09:00:00+02:00",
    "2025-06-19T11:00:00+02:00",
    "2025-08-15T10:00:00+02:00",
    "2025-12-26T10:00:00+01:00",
    "2020-12-30T12:00:00+01:00",
  ];
  it.each(seeds.flatMap((seed) => instants.map((at) => [seed, at] as const)))(
    "%s at %s",
    (seed, at) => {
      const now = Date.parse(at);
      const status = statusAt(SEED[seed], now);
      expect(statusPartsIn(PHRASE_TABLES.pl, status, now)).toEqual(statusParts(status, now));
    },
  );

  it("names a closure's own reason in Polish only", () => {
    const now = Date.parse("2025-06-11T10:00:00+02:00");
    const status = { state: "closed", reason: "closure", detail: "szkolenie" } as const;
    expect(statusPartsIn(PHRASE_TABLES.pl, status, now)).toEqual(statusParts(status, now));
    expect(line(statusPartsIn(PHRASE_TABLES.en, status, now))).toBe("Closed today (day off)");
  });
});

const SPANS: DaySpan[] = [
  { start: 540, end: 660, mode: "by_appointment" },
  { start: 780, end: 930, mode: "in_person" },
];

describe.each([
  ["pl", SPANS, todayLine("2025-11-23", SPANS)],
  ["pl", [], todayLine("2025-11-23", [])],
  ["uk", SPANS, "Сьогодні (23 листопада): 09:00–11:00 (за попереднім записом), 13:00–15:30"],
  ["uk", [], "Сьогодні (23 листопада): зачинено"],
  ["en", SPANS, "Today (23 November): 09:00–11:00 (by appointment only), 13:00–15:30"],
  ["en", [], "Today (23 November): closed"],
] as const)("todayLineIn(%s)", (language, spans, expected) => {
  it(`reads "${expected}"`, () => {
    expect(todayLineIn(PHRASE_TABLES[language], "2025-11-23", spans)).toBe(expected);
  });
});
