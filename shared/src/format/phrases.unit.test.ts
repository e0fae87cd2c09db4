import { describe, expect, it } from "vitest";
import { SEED, type SeedName } from "../../test-support/seed-schedules.ts";
import { statusAt } from "../hours/index.ts";
import { dayStateWord, statusParts, statusPhrase, todayLine } from "./phrases.ts";

describe("statusPhrase", () => {
  it.each([
    ["kutnoSwiadczenia", "2025-06-09T10:30:00+02:00", "otwarte do 14:00"],
    ["kutnoSwiadczenia", "2025-06-09T08:00:00+02:00", "nieczynne – otwarcie dziś o 10:00"],
    ["kutnoSwiadczenia", "2025-06-09T15:00:00+02:00", "nieczynne – otwarcie jutro o 10:00"],
    ["kutnoSwiadczenia", "2025-06-11T09:00:00+02:00", "dziś nieczynne – otwarcie jutro o 10:00"],
    [
      "kutnoSwiadczenia",
      "2025-06-13T15:00:00+02:00",
      "nieczynne – otwarcie w poniedziałek o 10:00",
    ],
    [
      "kutnoSwiadczenia",
      "2025-06-19T11:00:00+02:00",
      "dziś nieczynne (święto) – otwarcie jutro o 10:00",
    ],
    ["kutnoSwiadczenia", "2025-06-10T15:00:00+02:00", "nieczynne – otwarcie w czwartek o 10:00"],
    ["orzesze", "2025-06-13T16:00:00+02:00", "nieczynne – otwarcie w poniedziałek o 7:30"],
    ["orzesze", "2025-12-23T16:00:00+01:00", "nieczynne – otwarcie w poniedziałek o 7:30"],
    ["orzesze", "2025-12-31T16:00:00+01:00", "nieczynne – otwarcie w piątek o 7:30"],
    ["pruszkowPrzemoc", "2020-06-20T10:00:00+02:00", "nieczynne – otwarcie 1 lipca o 12:00"],
    [
      "pruszkowNarkomania",
      "2025-12-26T10:00:00+01:00",
      "dziś nieczynne (święto) – otwarcie 2 stycznia 2026 o 11:00",
    ],
    ["krasnik", "2025-06-09T08:00:00+02:00", "pierwszeństwo dla umówionych do 10:00"],
    ["wspierajSenioraIntake", "2020-12-30T12:00:00+01:00", "tylko telefonicznie do 15:00"],
    ["wspierajSenioraIntake", "2021-01-04T12:00:00+01:00", "nieczynne"],
    ["kutnoSrodowiskowa", "2025-06-09T10:00:00+02:00", "po wcześniejszym umówieniu do 11:00"],
    [
      "kutnoSrodowiskowa",
      "2025-06-09T12:00:00+02:00",
      "nieczynne – otwarcie dziś o 13:00 (po wcześniejszym umówieniu)",
    ],
    [
      "pruszkowPsycholog",
      "2025-08-15T10:00:00+02:00",
      "dziś nieczynne (święto) – otwarcie w poniedziałek o 9:00 (tylko telefonicznie)",
    ],
  ] as [SeedName, string, string][])("%s at %s reads %s", (seed, at, phrase) => {
    const now = Date.parse(at);
    expect(statusPhrase(statusAt(SEED[seed], now), now)).toBe(phrase);
  });

  it("names an exception's reason", () => {
    const now = Date.parse("2025-06-11T10:00:00+02:00");
    expect(
      statusPhrase({ state: "closed", reason: "exception", detail: "dzień wewnętrzny" }, now),
    ).toBe("dziś nieczynne (dzień wewnętrzny)");
  });
});

describe("statusParts: the state in words first", () => {
  const now = Date.parse("2026-11-23T10:00:00+01:00");
  const until = { date: "2026-11-23", time: "14:00", epochMs: 0 };
  const next = { date: "2026-11-24", time: "08:30", epochMs: 0, state: "open" as const };
  it.each([
    { status: { state: "open" as const, until }, parts: ["Otwarte", " do 14:00"] },
    {
      status: { state: "phone_only" as const, until },
      parts: ["Tylko telefonicznie", " do 14:00"],
    },
    {
      status: { state: "by_appointment" as const, until },
      parts: ["Otwarte po wcześniejszym umówieniu", " do 14:00"],
    },
    {
      status: { state: "closed" as const, reason: "outside_hours" as const, next },
      parts: ["Nieczynne", " – otwarcie jutro o 8:30"],
    },
    {
      status: { state: "closed" as const, reason: "holiday" as const, next },
      parts: ["Nieczynne", " dziś (święto) – otwarcie jutro o 8:30"],
    },
    {
      status: { state: "closed" as const, reason: "exception" as const, detail: "remont" },
      parts: ["Nieczynne", " dziś (remont)"],
    },
  ])("$parts.0$parts.1", ({ status, parts }) => {
    expect(statusParts(status, now)).toEqual(parts);
  });
});

describe("dayStateWord and todayLine", () => {
  it.each([
    { modes: ["by_appointment", "in_person"], word: "Otwarte" },
    { modes: ["by_appointment"], word: "Otwarte po wcześniejszym umówieniu" },
    { modes: ["phone_only"], word: "Tylko telefonicznie" },
    { modes: [], word: "Nieczynne" },
  ] as const)("$modes: $word", ({ modes, word }) => {
    expect(dayStateWord(modes.map((mode) => ({ mode })))).toBe(word);
  });

  it.each([
    { ranges: [], line: "Dziś (5 stycznia): nieczynne" },
    {
      ranges: [
        { start: 480, end: 720, mode: "by_appointment" as const },
        { start: 810, end: 900, mode: "in_person" as const },
      ],
      line: "Dziś (5 stycznia): 8:00–12:00 (po wcześniejszym umówieniu), 13:30–15:00",
    },
  ])("$line", ({ ranges, line }) => {
    expect(todayLine("2027-01-05", ranges)).toBe(line);
  });
});
