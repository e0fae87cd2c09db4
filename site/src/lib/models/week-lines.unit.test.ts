import { scheduleSchema } from "@mops/shared";
import { describe, expect, it } from "vitest";
import { weekLinesIn } from "./week-lines.ts";

const rule = (
  days: Record<string, boolean>,
  opens: string,
  closes: string,
  mode = "in_person",
) => ({
  ...days,
  opens: `${opens}:00.000`,
  closes: `${closes}:00.000`,
  mode,
});
const weekdays = { monday: true, tuesday: true, wednesday: true, thursday: true, friday: true };
const schedule = (extra: Record<string, unknown>) =>
  scheduleSchema.parse({
    documentId: "Abc",
    label: "Godziny urzędowania",
    rules: [rule(weekdays, "07:30", "15:30")],
    seasons: [],
    exceptions: [],
    ...extra,
  });
const summer = {
  label: "lipiec – sierpień",
  fromMonthDay: "07-01",
  toMonthDay: "08-31",
  rules: [rule({ monday: true }, "08:00", "12:00", "phone_only")],
};

describe("weekLinesIn", () => {
  it.each([
    { language: "pl", lines: [{ hours: "poniedziałek – piątek: 7:30–15:30" }] },
    { language: "uk", lines: [{ hours: "понеділок – пʼятниця: 07:30–15:30" }] },
    { language: "en", lines: [{ hours: "Monday – Friday: 07:30–15:30" }] },
  ] as const)("writes the regular week in $language", ({ language, lines }) => {
    expect(weekLinesIn(language, schedule({}))).toEqual(lines);
  });

  it("names the season of each line (in Polish) when the schedule has seasons", () => {
    expect(weekLinesIn("en", schedule({ seasons: [summer] }))).toEqual([
      { season: "w pozostałym okresie", hours: "Monday – Friday: 07:30–15:30" },
      { season: "lipiec – sierpień", hours: "Monday: 08:00–12:00 (phone only)" },
    ]);
  });

  it("lists only the seasons when there is no regular week", () => {
    expect(weekLinesIn("pl", schedule({ rules: [], seasons: [summer] }))).toEqual([
      { season: "lipiec – sierpień", hours: "poniedziałek: 8:00–12:00 (tylko telefonicznie)" },
    ]);
  });
});
