import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rulesArb } from "../../test-support/arbitraries.ts";
import { SEED, type SeedName } from "../../test-support/seed-schedules.ts";
import { WEEKDAYS } from "../calendar/weekdays.ts";
import { effectiveWeek } from "../hours/index.ts";
import {
  type ClosedDays,
  formatEffectiveWeek,
  formatRanges,
  formatRules,
  formatSchedule,
  formatValidity,
} from "./hours.ts";

const CASES: [SeedName, ClosedDays, string[]][] = [
  [
    "kutnoSwiadczenia",
    "between",
    ["poniedziałek – wtorek, czwartek – piątek: 10:00–14:00", "środa: nieczynne"],
  ],
  [
    "kutnoDodatki",
    "between",
    ["poniedziałek – wtorek, piątek: 10:00–14:00", "środa: nieczynne", "czwartek: 10:00–15:00"],
  ],
  [
    "kutnoSrodowiskowa",
    "between",
    [
      "poniedziałek – wtorek, czwartek – piątek: 9:00–11:00 i 13:00–14:00 (po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym z pracownikiem socjalnym)",
      "środa: nieczynne",
    ],
  ],
  [
    "krasnik",
    "between",
    ["poniedziałek – piątek: 7:00–10:00 (pierwszeństwo dla umówionych) i 10:00–15:00"],
  ],
  ["wspierajSenioraIntake", "between", ["poniedziałek – piątek: 7:00–15:00 (tylko telefonicznie)"]],
  ["wspierajSenioraService", "between", ["poniedziałek – piątek: 7:00–18:00"]],
  ["pruszkowPrzemoc", "between", ["wtorek – środa: 12:00–16:00"]],
  ["pruszkowPrawnik", "between", ["czwartek: 8:00–12:00"]],
  ["pruszkowNarkomania", "between", ["piątek: 11:00–16:00"]],
  [
    "pruszkowPsycholog",
    "between",
    ["poniedziałek, środa, piątek: 9:00–13:00", "wtorek, czwartek: nieczynne"],
  ],
  ["pruszkowPsycholog", "none", ["poniedziałek, środa, piątek: 9:00–13:00"]],
  ["pruszkowSwiadczenia", "between", ["poniedziałek: 10:30–17:00", "wtorek – środa: 8:30–15:00"]],
  [
    "pruszkowSwiadczenia",
    "weekdays",
    ["poniedziałek: 10:30–17:00", "wtorek – środa: 8:30–15:00", "czwartek – piątek: nieczynne"],
  ],
  ["orzesze", "between", ["poniedziałek – piątek: 7:30–15:30"]],
  ["orzesze", "all", ["poniedziałek – piątek: 7:30–15:30", "sobota – niedziela: nieczynne"]],
  ["kutnoKlubSeniora", "between", ["wtorek, czwartek: 10:00–15:00", "środa: nieczynne"]],
];

describe("formatRules over the seed schedules", () => {
  it.each(CASES)("groups %s (closed days: %s)", (seed, closedDays, lines) => {
    expect(formatRules(SEED[seed].rules, closedDays).map((line) => line.text)).toEqual(lines);
  });

  it("keeps the mode and note with their range", () => {
    const [line] = formatRules(SEED.kutnoSrodowiskowa.rules);
    expect(line?.ranges).toEqual([
      {
        opens: "09:00",
        closes: "11:00",
        mode: "by_appointment",
        note: "po uprzednim kontakcie telefonicznym z pracownikiem socjalnym",
      },
      {
        opens: "13:00",
        closes: "14:00",
        mode: "by_appointment",
        note: "po uprzednim kontakcie telefonicznym z pracownikiem socjalnym",
      },
    ]);
    expect(line?.dayLabel).toBe("poniedziałek – wtorek, czwartek – piątek");
    expect(line?.hours).toBe(
      "9:00–11:00 i 13:00–14:00 (po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym z pracownikiem socjalnym)",
    );
  });
});

describe("formatRanges", () => {
  it.each([
    [[], "nieczynne"],
    [[{ opens: "07:30", closes: "15:30", mode: "in_person" as const }], "7:30–15:30"],
    [
      [
        { opens: "08:00", closes: "10:00", mode: "in_person" as const },
        { opens: "11:00", closes: "12:00", mode: "in_person" as const },
        { opens: "13:00", closes: "14:00", mode: "in_person" as const },
      ],
      "8:00–10:00, 11:00–12:00 i 13:00–14:00",
    ],
    [
      [
        { opens: "09:00", closes: "12:00", mode: "in_person" as const },
        { opens: "12:00", closes: "14:00", mode: "phone_only" as const, note: "tel. 22 728 44 97" },
      ],
      "9:00–12:00 i 12:00–14:00 (tylko telefonicznie, tel. 22 728 44 97)",
    ],
  ])("formats %j as %s", (ranges, text) => {
    expect(formatRanges(ranges)).toBe(text);
  });
});

describe("formatSchedule and formatValidity", () => {
  it("adds the season's section after the regular hours", () => {
    expect(formatSchedule(SEED.pruszkowPsycholog, "none")).toEqual([
      { lines: [expect.objectContaining({ text: "poniedziałek, środa, piątek: 9:00–13:00" })] },
      {
        season: "lipiec – sierpień",
        lines: [
          expect.objectContaining({
            text: "poniedziałek, środa, piątek: 9:00–13:00 (tylko telefonicznie, tel. 500 135 649)",
          }),
        ],
      },
    ]);
  });

  it.each([
    ["wspierajSenioraIntake", "do 31 grudnia 2020"],
    ["pruszkowPrzemoc", "od 1 lipca 2020"],
    ["orzesze", ""],
  ] as const)("says when %s applies", (seed, text) => {
    expect(formatValidity(SEED[seed])).toBe(text);
  });
});

describe("formatEffectiveWeek", () => {
  it("shows a holiday as a closed day of that week", () => {
    const lines = formatEffectiveWeek(effectiveWeek(SEED.kutnoSwiadczenia, "2025-06-19"));
    expect(lines.map((line) => line.text)).toEqual([
      "poniedziałek – wtorek, piątek: 10:00–14:00",
      "środa – czwartek, sobota – niedziela: nieczynne",
    ]);
  });
});

describe("grouping properties", () => {
  it("never loses or duplicates a day when every day is shown", () => {
    fc.assert(
      fc.property(rulesArb(4), (rules) => {
        const days = formatRules(rules, "all").flatMap((line) => line.days);
        expect([...days].sort()).toEqual([...WEEKDAYS].sort());
      }),
    );
  });

  it("shows every open day exactly once, with its own ranges, whatever the closed-day setting", () => {
    fc.assert(
      fc.property(
        rulesArb(4),
        fc.constantFrom<ClosedDays>("between", "weekdays", "all", "none"),
        (rules, closedDays) => {
          const lines = formatRules(rules, closedDays);
          const shown = lines.flatMap((line) => line.days);
          expect(new Set(shown).size).toBe(shown.length);
          for (const day of WEEKDAYS) {
            const own = rules
              .filter((rule) => rule.days.includes(day))
              .map(({ days: _days, ...range }) => range)
              .sort((a, b) => a.opens.localeCompare(b.opens));
            const line = lines.find((l) => l.days.includes(day));
            if (own.length > 0) expect(line?.ranges).toEqual(own);
            else if (line) expect(line.hours).toBe("nieczynne");
          }
        },
      ),
    );
  });
});
