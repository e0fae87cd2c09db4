import { describe, expect, it } from "vitest";
import { SEED, type SeedName } from "../../test-support/seed-schedules.ts";
import { statusPhrase } from "../format/phrases.ts";
import { statusAt } from "../hours/index.ts";
import { ICU_LOCALES, LANGUAGES, type Language } from "./language.ts";
import { statusPhraseIn } from "./localized-phrases.ts";
import { PHRASE_TABLES } from "./phrase-tables.ts";

type Case = [SeedName, string, string];

const CASES: Readonly<Record<Exclude<Language, "pl">, Case[]>> = {
  uk: [
    ["kutnoSwiadczenia", "2025-06-09T10:30:00+02:00", "відчинено до 14:00"],
    ["kutnoSwiadczenia", "2025-06-09T08:00:00+02:00", "зачинено – відчиниться сьогодні о 10:00"],
    ["kutnoSwiadczenia", "2025-06-09T15:00:00+02:00", "зачинено – відчиниться завтра о 10:00"],
    [
      "kutnoSwiadczenia",
      "2025-06-11T09:00:00+02:00",
      "сьогодні зачинено – відчиниться завтра о 10:00",
    ],
    ["kutnoSwiadczenia", "2025-06-13T15:00:00+02:00", "зачинено – відчиниться в понеділок о 10:00"],
    [
      "kutnoSwiadczenia",
      "2025-06-19T11:00:00+02:00",
      "сьогодні зачинено (свято) – відчиниться завтра о 10:00",
    ],
    ["kutnoSwiadczenia", "2025-06-10T15:00:00+02:00", "зачинено – відчиниться в четвер о 10:00"],
    ["orzesze", "2025-06-13T16:00:00+02:00", "зачинено – відчиниться в понеділок о 07:30"],
    ["orzesze", "2025-12-31T16:00:00+01:00", "зачинено – відчиниться в пʼятницю о 07:30"],
    ["pruszkowPrzemoc", "2020-06-20T10:00:00+02:00", "зачинено – відчиниться 1 липня о 12:00"],
    [
      "pruszkowNarkomania",
      "2025-12-26T10:00:00+01:00",
      "сьогодні зачинено (свято) – відчиниться 2 січня 2026 р. об 11:00",
    ],
    [
      "pruszkowPrzemoc",
      "2025-06-09T10:00:00+02:00",
      "сьогодні зачинено – відчиниться завтра о 12:00",
    ],
    ["krasnik", "2025-06-09T08:00:00+02:00", "першочергово для записаних до 10:00"],
    ["wspierajSenioraIntake", "2020-12-30T12:00:00+01:00", "лише телефоном до 15:00"],
    ["wspierajSenioraIntake", "2021-01-04T12:00:00+01:00", "зачинено"],
    ["kutnoSrodowiskowa", "2025-06-09T10:00:00+02:00", "за попереднім записом до 11:00"],
    [
      "kutnoSrodowiskowa",
      "2025-06-09T12:00:00+02:00",
      "зачинено – відчиниться сьогодні о 13:00 (за попереднім записом)",
    ],
    [
      "pruszkowPsycholog",
      "2025-08-15T10:00:00+02:00",
      "сьогодні зачинено (свято) – відчиниться в понеділок о 09:00 (лише телефоном)",
    ],
  ],
  en: [
    ["kutnoSwiadczenia", "2025-06-09T10:30:00+02:00", "open until 14:00"],
    ["kutnoSwiadczenia", "2025-06-09T08:00:00+02:00", "closed – opens today at 10:00"],
    ["kutnoSwiadczenia", "2025-06-09T15:00:00+02:00", "closed – opens tomorrow at 10:00"],
    ["kutnoSwiadczenia", "2025-06-11T09:00:00+02:00", "closed today – opens tomorrow at 10:00"],
    ["kutnoSwiadczenia", "2025-06-13T15:00:00+02:00", "closed – opens on Monday at 10:00"],
    [
      "kutnoSwiadczenia",
      "2025-06-19T11:00:00+02:00",
      "closed today (public holiday) – opens tomorrow at 10:00",
    ],
    ["orzesze", "2025-12-31T16:00:00+01:00", "closed – opens on Friday at 07:30"],
    ["pruszkowPrzemoc", "2020-06-20T10:00:00+02:00", "closed – opens 1 July at 12:00"],
    [
      "pruszkowNarkomania",
      "2025-12-26T10:00:00+01:00",
      "closed today (public holiday) – opens 2 January 2026 at 11:00",
    ],
    ["krasnik", "2025-06-09T08:00:00+02:00", "appointments first until 10:00"],
    ["wspierajSenioraIntake", "2020-12-30T12:00:00+01:00", "phone only until 15:00"],
    ["wspierajSenioraIntake", "2021-01-04T12:00:00+01:00", "closed"],
    ["kutnoSrodowiskowa", "2025-06-09T10:00:00+02:00", "by appointment only until 11:00"],
    [
      "pruszkowPsycholog",
      "2025-08-15T10:00:00+02:00",
      "closed today (public holiday) – opens on Monday at 09:00 (phone only)",
    ],
  ],
};

describe.each(["uk", "en"] as const)("statusPhraseIn(%s)", (language) => {
  it.each(CASES[language])("%s at %s reads %s", (seed, at, phrase) => {
    const now = Date.parse(at);
    expect(statusPhraseIn(PHRASE_TABLES[language], statusAt(SEED[seed], now), now)).toBe(phrase);
  });

  it("keeps the editor's Polish reason out of the phrase, saying the generic one", () => {
    const now = Date.parse("2025-06-11T10:00:00+02:00");
    const status = { state: "closed", reason: "exception", detail: "dzień wewnętrzny" } as const;
    expect(statusPhraseIn(PHRASE_TABLES[language], status, now)).toBe(
      PHRASE_TABLES[language].closed.exception,
    );
  });

  it("writes the times of the phrases as ICU writes the language's times", () => {
    const now = Date.parse("2025-06-13T16:00:00+02:00");
    const phrase = statusPhraseIn(PHRASE_TABLES[language], statusAt(SEED.orzesze, now), now);
    const time = new Intl.DateTimeFormat(ICU_LOCALES[language], {
      timeStyle: "short",
      timeZone: "UTC",
    }).format(Date.UTC(2025, 0, 1, 7, 30));
    expect(phrase.endsWith(` ${time}`)).toBe(true);
  });
});

describe("the Polish table reads as the Polish phrases", () => {
  const seeds = Object.keys(SEED) as SeedName[];
  const instants = [
    "2025-06-09T08:00:00+02:00",
    "2025-06-09T10:30:00+02:00",
    "2025-06-11T09:00:00+02:00",
    "2025-06-13T16:00:00+02:00",
    "2025-06-19T11:00:00+02:00",
    "2025-08-15T10:00:00+02:00",
    "2025-12-26T10:00:00+01:00",
    "2020-06-20T10:00:00+02:00",
    "2020-12-30T12:00:00+01:00",
  ];
  it.each(seeds.flatMap((seed) => instants.map((at) => [seed, at] as const)))(
    "%s at %s",
    (seed, at) => {
      const now = Date.parse(at);
      const status = statusAt(SEED[seed], now);
      expect(statusPhraseIn(PHRASE_TABLES.pl, status, now)).toBe(statusPhrase(status, now));
    },
  );

  it("names a closure's own reason in Polish", () => {
    const now = Date.parse("2025-06-11T10:00:00+02:00");
    const status = { state: "closed", reason: "closure", detail: "szkolenie" } as const;
    expect(statusPhraseIn(PHRASE_TABLES.pl, status, now)).toBe(statusPhrase(status, now));
  });
});

describe.each(LANGUAGES)("the %s phrase table", (language) => {
  it("survives JSON, as the page hands it to the island", () => {
    const table = PHRASE_TABLES[language];
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });
});
