import { describe, expect, it } from "vitest";
import { SEED, type SeedName } from "../../test-support/seed-schedules.ts";
import type { ClosedDays } from "../format/hours.ts";
import { formatRules } from "../format/hours.ts";
import type { Language } from "./language.ts";
import { formatRulesIn } from "./localized-hours.ts";

type Case = [Language, SeedName, ClosedDays, string[]];

const CASES: Case[] = [
  [
    "uk",
    "kutnoSwiadczenia",
    "between",
    ["понеділок – вівторок, четвер – пʼятниця: 10:00–14:00", "середа: зачинено"],
  ],
  [
    "en",
    "kutnoSwiadczenia",
    "between",
    ["Monday – Tuesday, Thursday – Friday: 10:00–14:00", "Wednesday: closed"],
  ],
  ["uk", "orzesze", "all", ["понеділок – пʼятниця: 07:30–15:30", "субота – неділя: зачинено"]],
  ["en", "orzesze", "all", ["Monday – Friday: 07:30–15:30", "Saturday – Sunday: closed"]],
  [
    "uk",
    "wspierajSenioraIntake",
    "between",
    ["понеділок – пʼятниця: 07:00–15:00 (лише телефоном)"],
  ],
  ["en", "wspierajSenioraIntake", "between", ["Monday – Friday: 07:00–15:00 (phone only)"]],
  [
    "en",
    "pruszkowPsycholog",
    "between",
    ["Monday, Wednesday, Friday: 09:00–13:00", "Tuesday, Thursday: closed"],
  ],
];

describe("formatRulesIn", () => {
  it.each(CASES)("%s: %s (closed days: %s)", (language, seed, closedDays, lines) => {
    expect(formatRulesIn(language, SEED[seed].rules, closedDays).map((l) => l.text)).toEqual(lines);
  });

  it.each(Object.keys(SEED) as SeedName[])("Polish agrees with formatRules for %s", (seed) => {
    const rules = SEED[seed].rules;
    expect(formatRulesIn("pl", rules, "all")).toEqual(formatRules(rules, "all"));
  });

  it("joins split hours with the language's 'and'", () => {
    const rules = SEED.kutnoSrodowiskowa.rules;
    const [uk] = formatRulesIn("uk", rules);
    const [en] = formatRulesIn("en", rules);
    expect(uk?.hours).toMatch(/^09:00–11:00 і 13:00–14:00 \(за попереднім записом, /);
    expect(en?.hours).toMatch(/^09:00–11:00 and 13:00–14:00 \(by appointment only, /);
  });
});
