import { PHRASE_TABLES } from "@mops/shared";
import { describe, expect, it } from "vitest";
import { openNowExample } from "./examples.ts";
import { statusTexts } from "./open-now-island.ts";

describe("open-now island statusTexts", () => {
  it.each([
    {
      at: "2026-11-23T08:00:00+01:00",
      lines: [
        "Nieczynne – otwarcie dziś o 9:00 (po wcześniejszym umówieniu)",
        "Tylko telefonicznie do 9:00",
        "Nieczynne dziś – otwarcie jutro o 15:00",
      ],
      today:
        "Dziś (23 listopada): 9:00–11:00 (po wcześniejszym umówieniu), 13:00–14:00 (po wcześniejszym umówieniu)",
    },
    {
      at: "2026-11-24T15:29:00+01:00",
      lines: [
        "Nieczynne – otwarcie w czwartek o 9:00 (po wcześniejszym umówieniu)",
        "Otwarte do 15:30",
        "Otwarte do 17:00",
      ],
      today:
        "Dziś (24 listopada): 9:00–11:00 (po wcześniejszym umówieniu), 13:00–14:00 (po wcześniejszym umówieniu)",
    },
    {
      at: "2026-11-25T15:30:00+01:00",
      lines: [
        "Nieczynne dziś – otwarcie jutro o 9:00 (po wcześniejszym umówieniu)",
        "Nieczynne – otwarcie jutro o 7:30 (tylko telefonicznie)",
        "Nieczynne dziś – otwarcie we wtorek o 15:00",
      ],
      today: "Dziś (25 listopada): nieczynne",
    },
    {
      at: "2027-07-06T16:00:00+02:00",
      lines: [
        "Nieczynne – otwarcie w czwartek o 9:00 (po wcześniejszym umówieniu)",
        "Nieczynne – otwarcie jutro o 7:30 (tylko telefonicznie)",
        "Tylko telefonicznie do 17:00",
      ],
      today:
        "Dziś (6 lipca): 9:00–11:00 (po wcześniejszym umówieniu), 13:00–14:00 (po wcześniejszym umówieniu)",
    },
  ])("at $at", ({ at, lines, today }) => {
    const result = statusTexts(openNowExample.data, Date.parse(at));
    expect(result.map((status) => status.word + status.rest)).toEqual(lines);
    expect(result[0]?.today).toBe(today);
    expect(result.map((status) => status.open)).toEqual(
      lines.map((line) => !line.startsWith("Nieczynne")),
    );
  });
});

describe("open-now island speaks the language of the table the page hands it", () => {
  it.each([
    [
      "uk",
      [
        "Зачинено – відчиниться сьогодні о 09:00 (за попереднім записом)",
        "Лише телефоном до 09:00",
        "Зачинено сьогодні – відчиниться завтра о 15:00",
      ],
      "Сьогодні (23 листопада): 09:00–11:00 (за попереднім записом), 13:00–14:00 (за попереднім записом)",
    ],
    [
      "en",
      [
        "Closed – opens today at 09:00 (by appointment only)",
        "Phone only until 09:00",
        "Closed today – opens tomorrow at 15:00",
      ],
      "Today (23 November): 09:00–11:00 (by appointment only), 13:00–14:00 (by appointment only)",
    ],
  ] as const)("%s", (language, lines, today) => {
    const data = { ...openNowExample.data, phrases: PHRASE_TABLES[language] };
    const result = statusTexts(
      JSON.parse(JSON.stringify(data)),
      Date.parse("2026-11-23T08:00:00+01:00"),
    );
    expect(result.map((status) => status.word + status.rest)).toEqual(lines);
    expect(result[0]?.today).toBe(today);
  });
});
