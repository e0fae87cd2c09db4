import { describe, expect, it } from "vitest";
import { pathSegments, ScheduleError } from "../schemas/errors.ts";
import { scheduleProblems } from "../schemas/schedule-checks.ts";
import { scheduleErrors, validateSchedule } from "./schedule.ts";

const weekdays = { monday: true, tuesday: true, wednesday: true, thursday: true, friday: true };

describe("validateSchedule", () => {
  it("returns a valid schedule in the domain shape", () => {
    expect(
      validateSchedule({
        label: "Godziny urzędowania",
        rules: [{ ...weekdays, opens: "07:30", closes: "15:30:00.000" }],
      }),
    ).toEqual({
      label: "Godziny urzędowania",
      rules: [
        {
          days: ["mon", "tue", "wed", "thu", "fri"],
          opens: "07:30",
          closes: "15:30",
          mode: "in_person",
        },
      ],
      seasons: [],
      exceptions: [],
      closedOnHolidays: true,
    });
  });

  it.each([
    {
      name: "closes before opens",
      input: {
        rules: [
          { monday: true, opens: "09:00", closes: "17:00" },
          { tuesday: true, opens: "10:00", closes: "09:00" },
        ],
      },
      path: "rules[1].closes",
      message:
        "Reguła 2: godzina zamknięcia (9:00) musi być późniejsza niż godzina otwarcia (10:00)",
      detail: "rule 2 closes (09:00) before it opens (10:00)",
    },
    {
      name: "closes when it opens",
      input: { rules: [{ monday: true, opens: "10:00", closes: "10:00" }] },
      path: "rules[0].closes",
      message:
        "Reguła 1: godzina zamknięcia (10:00) musi być późniejsza niż godzina otwarcia (10:00)",
      detail: "rule 1 closes (10:00) when it opens (10:00)",
    },
    {
      name: "overlapping ranges on one day",
      input: {
        rules: [
          { ...weekdays, opens: "07:00", closes: "10:00", mode: "priority" },
          { ...weekdays, opens: "07:00", closes: "15:00" },
        ],
      },
      path: "rules[1].opens",
      message:
        "Reguła 2: godziny 7:00–15:00 nakładają się w poniedziałek na godziny reguły 1 (7:00–10:00)",
      detail: "rule 2 (07:00–15:00) overlaps rule 1 (07:00–10:00) on mon",
    },
    {
      name: "an unknown day as a boolean",
      input: { rules: [{ monday: true, wednsday: true, opens: "09:00", closes: "11:00" }] },
      path: "rules[0].wednsday",
      message: "Reguła 1: nieznany dzień tygodnia „wednsday”",
      detail: 'rules[0].wednsday: unknown day "wednsday"',
    },
    {
      name: "an unknown day code",
      input: { rules: [{ days: ["mon", "sob"], opens: "09:00", closes: "11:00" }] },
      path: "rules[0].days[1]",
      message: "Reguła 1: nieznany dzień tygodnia „sob”",
      detail: 'rules[0].days[1]: unknown day "sob"',
    },
    {
      name: "a rule without days",
      input: { rules: [{ opens: "09:00", closes: "11:00" }] },
      path: "rules[0].days",
      message: "Reguła 1: nie zaznaczono żadnego dnia tygodnia",
      detail: "rule 1 has no weekday",
    },
    {
      name: "a malformed time",
      input: { rules: [{ monday: true, opens: "9.00", closes: "11:00" }] },
      path: "rules[0].opens",
      message:
        "Reguła 1: nieprawidłowa wartość pola „godzina otwarcia”: „9.00” (oczekiwano GG:MM, np. „09:00”)",
    },
    {
      name: "a missing time",
      input: { rules: [{ monday: true, opens: "09:00" }] },
      path: "rules[0].closes",
      message: "Reguła 1: brak wymaganego pola „godzina zamknięcia”",
    },
    {
      name: "overlap inside a season",
      input: {
        seasons: [
          {
            label: "lipiec – sierpień",
            fromMonthDay: "07-01",
            toMonthDay: "08-31",
            rules: [
              { friday: true, opens: "09:00", closes: "13:00" },
              { friday: true, opens: "12:00", closes: "14:00" },
            ],
          },
        ],
      },
      path: "seasons[0].rules[1].opens",
      message:
        "Sezon „lipiec – sierpień”, reguła 2: godziny 12:00–14:00 nakładają się w piątek na godziny reguły 1 (9:00–13:00)",
    },
    {
      name: "overlapping seasons",
      input: {
        seasons: [
          { label: "lato", fromMonthDay: "06-15", toMonthDay: "08-31", rules: [] },
          { label: "wakacje", fromMonthDay: "07-01", toMonthDay: "09-01", rules: [] },
        ],
      },
      path: "seasons[1].fromMonthDay",
      message: "Sezon „wakacje”: okres pokrywa się z sezonem „lato”",
    },
    {
      name: "a season on 30 February",
      input: {
        seasons: [{ label: "zima", fromMonthDay: "12-01", toMonthDay: "02-30", rules: [] }],
      },
      path: "seasons[0].toMonthDay",
      message: "Sezon „zima”: nieprawidłowy koniec „02-30” (oczekiwano MM-DD)",
    },
    {
      name: "valid to before valid from",
      input: { validFrom: "2021-01-01", validTo: "2020-12-31" },
      path: "validTo",
      message:
        "Data końca obowiązywania (31.12.2020) nie może być wcześniejsza niż data początku (01.01.2021)",
      detail: "validTo (2020-12-31) is before validFrom (2021-01-01)",
    },
    {
      name: "an exception that ends before it starts",
      input: {
        exceptions: [{ from: "2025-11-10", to: "2025-11-09", closed: true, reason: "dzień wolny" }],
      },
      path: "exceptions[0].to",
      message:
        "Wyjątek 1: data końcowa (09.11.2025) nie może być wcześniejsza niż data początkowa (10.11.2025)",
    },
    {
      name: "an open exception without hours",
      input: {
        exceptions: [{ from: "2025-12-31", closed: false, closes: "12:00", reason: "Sylwester" }],
      },
      path: "exceptions[0].opens",
      message: "Wyjątek 1: podaj godzinę otwarcia albo zaznacz „nieczynne”",
    },
    {
      name: "overlapping exceptions",
      input: {
        exceptions: [
          {
            from: "2025-12-29",
            to: "2025-12-31",
            opens: "08:00",
            closes: "12:00",
            reason: "okres świąteczny",
          },
          { from: "2025-12-31", opens: "11:00", closes: "13:00", reason: "Sylwester" },
        ],
      },
      path: "exceptions[1].opens",
      message: "Wyjątek 2: godziny 11:00–13:00 nakładają się na godziny wyjątku 1 (8:00–12:00)",
    },
  ])("rejects $name with a ScheduleError naming the rule", ({ input, path, message, detail }) => {
    let caught: unknown;
    try {
      validateSchedule(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScheduleError);
    const error = caught as ScheduleError;
    expect(error.name).toBe("ScheduleError");
    expect(error.path).toBe(path);
    expect(error.message).toBe(message);
    if (detail) expect(error.detail).toBe(detail);
    expect(error.detail).not.toBe("");
  });

  it("lists every problem, structural or semantic, with scheduleErrors", () => {
    const errors = scheduleErrors({
      rules: [
        { monday: true, opens: "10:00", closes: "09:00" },
        { monday: true, opens: "08:00", closes: "12:00" },
        { tuesday: true, opens: "12:00", closes: "13:00" },
        { tuesday: true, opens: "12:30", closes: "14:00" },
      ],
    });
    expect(errors.map((error) => error.path)).toEqual(["rules[0].closes", "rules[3].opens"]);
  });

  it("gives Strapi-style path segments", () => {
    const [error] = scheduleErrors({ rules: [{ monday: true, opens: "10:00", closes: "09:00" }] });
    expect(pathSegments(error!.path)).toEqual(["rules", 0, "closes"]);
  });

  it("accepts abutting ranges (priority window, then in person)", () => {
    expect(
      scheduleErrors({
        rules: [
          { ...weekdays, opens: "07:00", closes: "10:00", mode: "priority" },
          { ...weekdays, opens: "10:00", closes: "15:00" },
        ],
      }),
    ).toEqual([]);
  });

  it("accepts a season that wraps the year end", () => {
    expect(
      scheduleErrors({
        seasons: [
          {
            label: "zima",
            fromMonthDay: "12-01",
            toMonthDay: "02-29",
            rules: [{ monday: true, opens: "09:00", closes: "12:00" }],
          },
          { label: "wiosna", fromMonthDay: "03-01", toMonthDay: "05-31", rules: [] },
        ],
      }),
    ).toEqual([]);
  });
});

describe("scheduleProblems (domain shape, as the engine checks it)", () => {
  it("reports an unknown day code that bypassed the schema", () => {
    const problems = scheduleProblems({
      rules: [
        { days: ["mon", "xyz" as "mon"], opens: "09:00", closes: "10:00", mode: "in_person" },
      ],
      seasons: [],
      exceptions: [],
      closedOnHolidays: true,
    });
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ["rules[0].days", "Reguła 1: nieznany dzień tygodnia „xyz”"],
    ]);
  });
});
