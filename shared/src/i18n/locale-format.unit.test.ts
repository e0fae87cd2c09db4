import { describe, expect, it } from "vitest";
import { WEEKDAYS } from "../calendar/weekdays.ts";
import { ICU_LOCALES, LANGUAGE_NAMES, LANGUAGES, type Language } from "./language.ts";
import { formatDateIn, formatIntegerIn, formatMoneyIn, formatTimeIn } from "./locale-format.ts";
import { HOURS_WORDS } from "./localized-hours.ts";
import { PHRASE_TABLES } from "./phrase-tables.ts";

// ICU (the runtime's Intl, CLDR data) is the independent oracle for every convention below.
const WARSAW = "Europe/Warsaw";
const icu = (language: Language) => ICU_LOCALES[language];
const noonUtc = (date: string) => Date.parse(`${date}T12:00:00Z`);

const DATES = ["2021-06-07", "2020-12-31", "2025-01-01", "2026-02-28", "2024-09-15", "2023-05-03"];
const INSTANTS = [
  "2017-12-05T08:06:48.000Z",
  "2021-06-07T22:30:00.000Z",
  "2025-03-30T00:30:00.000Z",
];
const AMOUNTS = [1542.2, 1161.6, 0, 0.05, 999.99, 9999.99, 12345.67, 674011.25, 1234567.89, 1.25];
const TIMES = Array.from({ length: 24 }, (_, h) => h).flatMap((h) =>
  [0, 15, 30].map((m) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
);

describe.each(["uk", "en"] as const)("%s formatting agrees with ICU", (language) => {
  it.each(DATES)("a date %s", (date) => {
    const expected = new Intl.DateTimeFormat(icu(language), {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: WARSAW,
    }).format(noonUtc(date));
    expect(formatDateIn(language, date)).toBe(expected);
  });

  it.each(INSTANTS)("an instant %s, read in Warsaw time", (instant) => {
    const expected = new Intl.DateTimeFormat(icu(language), {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: WARSAW,
    }).format(Date.parse(instant));
    expect(formatDateIn(language, instant)).toBe(expected);
  });

  it.each(TIMES)("a time %s", (hhmm) => {
    const [h, m] = hhmm.split(":").map(Number) as [number, number];
    const expected = new Intl.DateTimeFormat(icu(language), {
      timeStyle: "short",
      timeZone: "UTC",
    }).format(Date.UTC(2025, 0, 1, h, m));
    expect(formatTimeIn(language, hhmm)).toBe(expected);
  });

  it.each([...AMOUNTS, -20, -1542.2])("an amount %d in PLN", (amount) => {
    const expected = new Intl.NumberFormat(icu(language), {
      style: "currency",
      currency: "PLN",
    }).format(amount);
    expect(formatMoneyIn(language, amount)).toBe(expected);
  });

  it.each([0, 7, 999, 1000, 5000, 50000, 1234567, -4000])("an integer %d", (value) => {
    expect(formatIntegerIn(language, value)).toBe(
      new Intl.NumberFormat(icu(language)).format(value),
    );
  });
});

describe.each(LANGUAGES)("%s calendar words agree with ICU", (language) => {
  it.each(WEEKDAYS.map((day, index) => [day, index] as const))("weekday %s", (day, index) => {
    // 2025-06-09 is a Monday.
    const expected = new Intl.DateTimeFormat(icu(language), {
      weekday: "long",
      timeZone: WARSAW,
    }).format(noonUtc(`2025-06-${String(9 + index).padStart(2, "0")}`));
    expect(HOURS_WORDS[language].weekdays[day]).toBe(expected);
  });

  it.each(Array.from({ length: 12 }, (_, i) => i + 1))("month %d after a day number", (month) => {
    const parts = new Intl.DateTimeFormat(icu(language), {
      day: "numeric",
      month: "long",
      timeZone: WARSAW,
    }).formatToParts(noonUtc(`2025-${String(month).padStart(2, "0")}-07`));
    expect(PHRASE_TABLES[language].months[month - 1]).toBe(
      parts.find((part) => part.type === "month")?.value,
    );
  });

  it("names the language in its own name", () => {
    const own = new Intl.DisplayNames(icu(language), { type: "language" }).of(language) ?? "";
    expect(LANGUAGE_NAMES[language]).toBe(own.charAt(0).toLocaleUpperCase(language) + own.slice(1));
  });
});

describe("Polish keeps its own conventions", () => {
  it.each([
    ["07:30", "7:30"],
    ["14:00", "14:00"],
    ["00:15", "0:15"],
  ])("a time %s reads %s, without a leading zero as offices write it", (hhmm, text) => {
    expect(formatTimeIn("pl", hhmm)).toBe(text);
  });

  it.each(AMOUNTS)(
    "an amount %d agrees with ICU (grouping from five digits, NBSP zł)",
    (amount) => {
      const expected = new Intl.NumberFormat("pl", { style: "currency", currency: "PLN" }).format(
        amount,
      );
      expect(formatMoneyIn("pl", amount)).toBe(expected);
    },
  );

  it.each(DATES)("a date %s agrees with ICU", (date) => {
    const expected = new Intl.DateTimeFormat("pl", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: WARSAW,
    }).format(noonUtc(date));
    expect(formatDateIn("pl", date)).toBe(expected);
  });
});

describe("what is not an amount or a date", () => {
  it.each(LANGUAGES)("%s rejects NaN and an unreadable date", (language) => {
    expect(() => formatMoneyIn(language, Number.NaN)).toThrow(RangeError);
    expect(() => formatDateIn(language, "not a date")).toThrow(RangeError);
  });
});
