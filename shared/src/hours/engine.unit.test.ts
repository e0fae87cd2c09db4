import { describe, expect, it } from "vitest";
import { SEED, type SeedName } from "../../test-support/seed-schedules.ts";
import { ScheduleError } from "../schemas/errors.ts";
import { scheduleHoursSchema } from "../schemas/schedule.ts";
import { dayHours, effectiveWeek, nextOpening, statusAt } from "./index.ts";
import type { Status } from "./types.ts";

/** Expected status, with instants written as local time with their offset. */
type Expected =
  | { state: "open" | "phone_only" | "by_appointment" | "priority"; until: string; note?: string }
  | {
      state: "closed";
      reason: string;
      detail?: string;
      next?: string;
      nextState?: string;
      nextNote?: string;
    };

/** Reads a status as local ISO strings so the table stays readable. */
function readable(status: Status): Expected {
  const local = (moment: { date: string; time: string; epochMs: number }) => {
    const offset =
      (Date.parse(`${moment.date}T${moment.time}:00Z`) -
        Math.floor(moment.epochMs / 60_000) * 60_000) /
      3_600_000;
    return `${moment.date}T${moment.time}+0${offset}:00`;
  };
  if (status.state !== "closed") {
    return {
      state: status.state,
      until: local(status.until),
      ...(status.note ? { note: status.note } : {}),
    };
  }
  return {
    state: "closed",
    reason: status.reason,
    ...(status.detail ? { detail: status.detail } : {}),
    ...(status.next
      ? {
          next: local(status.next),
          nextState: status.next.state,
          ...(status.next.note ? { nextNote: status.next.note } : {}),
        }
      : {}),
  };
}

const KUTNO_NOTE = "po uprzednim kontakcie telefonicznym z pracownikiem socjalnym";

const CASES: [string, SeedName, string, Expected][] = [
  // Kutno, Mon–Tue, Thu–Fri 10:00–14:00, Wednesday without reception.
  [
    "open on Monday",
    "kutnoSwiadczenia",
    "2025-06-09T10:30:00+02:00",
    { state: "open", until: "2025-06-09T14:00+02:00" },
  ],
  [
    "a second before opening",
    "kutnoSwiadczenia",
    "2025-06-09T09:59:59+02:00",
    { state: "closed", reason: "outside_hours", next: "2025-06-09T10:00+02:00", nextState: "open" },
  ],
  [
    "at closing time",
    "kutnoSwiadczenia",
    "2025-06-09T14:00:00+02:00",
    { state: "closed", reason: "outside_hours", next: "2025-06-10T10:00+02:00", nextState: "open" },
  ],
  [
    "Tuesday evening skips Wednesday",
    "kutnoSwiadczenia",
    "2025-06-10T15:00:00+02:00",
    { state: "closed", reason: "outside_hours", next: "2025-06-12T10:00+02:00", nextState: "open" },
  ],
  [
    "Wednesday",
    "kutnoSwiadczenia",
    "2025-06-11T12:00:00+02:00",
    {
      state: "closed",
      reason: "no_hours_today",
      next: "2025-06-12T10:00+02:00",
      nextState: "open",
    },
  ],
  [
    "Wednesday before Corpus Christi",
    "kutnoSwiadczenia",
    "2025-06-18T12:00:00+02:00",
    {
      state: "closed",
      reason: "no_hours_today",
      next: "2025-06-20T10:00+02:00",
      nextState: "open",
    },
  ],
  [
    "Corpus Christi",
    "kutnoSwiadczenia",
    "2025-06-19T11:00:00+02:00",
    {
      state: "closed",
      reason: "holiday",
      detail: "Boże Ciało",
      next: "2025-06-20T10:00+02:00",
      nextState: "open",
    },
  ],
  [
    "a minute before midnight",
    "kutnoSwiadczenia",
    "2025-06-09T23:59:59.999+02:00",
    { state: "closed", reason: "outside_hours", next: "2025-06-10T10:00+02:00", nextState: "open" },
  ],
  [
    "midnight",
    "kutnoSwiadczenia",
    "2025-06-10T00:00:00+02:00",
    { state: "closed", reason: "outside_hours", next: "2025-06-10T10:00+02:00", nextState: "open" },
  ],
  // Kutno, housing allowances: Thursday until 15:00.
  [
    "Thursday's longer hours",
    "kutnoDodatki",
    "2025-06-12T14:30:00+02:00",
    { state: "open", until: "2025-06-12T15:00+02:00" },
  ],
  [
    "Friday's shorter hours",
    "kutnoDodatki",
    "2025-06-13T14:30:00+02:00",
    { state: "closed", reason: "outside_hours", next: "2025-06-16T10:00+02:00", nextState: "open" },
  ],
  // Kutno, community support: split hours by appointment.
  [
    "morning range by appointment",
    "kutnoSrodowiskowa",
    "2025-06-09T10:00:00+02:00",
    { state: "by_appointment", until: "2025-06-09T11:00+02:00", note: KUTNO_NOTE },
  ],
  [
    "between the split ranges",
    "kutnoSrodowiskowa",
    "2025-06-09T12:00:00+02:00",
    {
      state: "closed",
      reason: "outside_hours",
      next: "2025-06-09T13:00+02:00",
      nextState: "by_appointment",
      nextNote: KUTNO_NOTE,
    },
  ],
  // Kraśnik: priority window then in person.
  [
    "priority window",
    "krasnik",
    "2025-06-09T08:00:00+02:00",
    { state: "priority", until: "2025-06-09T10:00+02:00" },
  ],
  [
    "in person after the window",
    "krasnik",
    "2025-06-09T10:00:00+02:00",
    { state: "open", until: "2025-06-09T15:00+02:00" },
  ],
  [
    "before the window",
    "krasnik",
    "2025-06-09T06:59:00+02:00",
    {
      state: "closed",
      reason: "outside_hours",
      next: "2025-06-09T07:00+02:00",
      nextState: "priority",
    },
  ],
  // Wspieraj Seniora, until 31 December 2020.
  [
    "hotline on its last day",
    "wspierajSenioraIntake",
    "2020-12-31T14:00:00+01:00",
    { state: "phone_only", until: "2020-12-31T15:00+01:00" },
  ],
  [
    "after the last hotline hour",
    "wspierajSenioraIntake",
    "2020-12-31T16:00:00+01:00",
    { state: "closed", reason: "outside_hours" },
  ],
  [
    "after the programme ended",
    "wspierajSenioraService",
    "2021-01-04T10:00:00+01:00",
    { state: "closed", reason: "outside_validity" },
  ],
  [
    "service hours",
    "wspierajSenioraService",
    "2020-11-17T17:30:00+01:00",
    { state: "open", until: "2020-11-17T18:00+01:00" },
  ],
  // Pruszków consultants.
  [
    "before the duties resumed",
    "pruszkowPrzemoc",
    "2020-06-30T13:00:00+02:00",
    {
      state: "closed",
      reason: "outside_validity",
      next: "2020-07-01T12:00+02:00",
      nextState: "open",
    },
  ],
  [
    "lawyer on Thursday",
    "pruszkowPrawnik",
    "2025-06-12T11:59:00+02:00",
    { state: "open", until: "2025-06-12T12:00+02:00" },
  ],
  [
    "drug consultant next Friday",
    "pruszkowNarkomania",
    "2025-06-13T16:00:00+02:00",
    { state: "closed", reason: "outside_hours", next: "2025-06-20T11:00+02:00", nextState: "open" },
  ],
  [
    "psychologist in June",
    "pruszkowPsycholog",
    "2025-06-30T10:00:00+02:00",
    { state: "open", until: "2025-06-30T13:00+02:00" },
  ],
  [
    "psychologist by phone in July",
    "pruszkowPsycholog",
    "2025-07-02T10:00:00+02:00",
    { state: "phone_only", until: "2025-07-02T13:00+02:00", note: "tel. 500 135 649" },
  ],
  [
    "psychologist: June into the season",
    "pruszkowPsycholog",
    "2025-06-27T14:00:00+02:00",
    { state: "closed", reason: "outside_hours", next: "2025-06-30T09:00+02:00", nextState: "open" },
  ],
  [
    "psychologist: season into September",
    "pruszkowPsycholog",
    "2025-08-29T14:00:00+02:00",
    { state: "closed", reason: "outside_hours", next: "2025-09-01T09:00+02:00", nextState: "open" },
  ],
  [
    "psychologist on 15 August",
    "pruszkowPsycholog",
    "2025-08-15T10:00:00+02:00",
    {
      state: "closed",
      reason: "holiday",
      detail: "Wniebowzięcie Najświętszej Maryi Panny",
      next: "2025-08-18T09:00+02:00",
      nextState: "phone_only",
      nextNote: "tel. 500 135 649",
    },
  ],
  // Pruszków benefits desk: Thursday and Friday internal days.
  [
    "Monday's late hours",
    "pruszkowSwiadczenia",
    "2025-06-09T16:59:00+02:00",
    { state: "open", until: "2025-06-09T17:00+02:00" },
  ],
  [
    "internal Thursday",
    "pruszkowSwiadczenia",
    "2025-06-12T10:00:00+02:00",
    {
      state: "closed",
      reason: "no_hours_today",
      next: "2025-06-16T10:30+02:00",
      nextState: "open",
    },
  ],
  // Orzesze, Mon–Fri 7:30–15:30: Christmas, New Year, DST weeks.
  [
    "before Christmas",
    "orzesze",
    "2025-12-23T15:00:00+01:00",
    { state: "open", until: "2025-12-23T15:30+01:00" },
  ],
  [
    "Christmas Eve (a holiday from 2025) to Sunday",
    "orzesze",
    "2025-12-23T16:00:00+01:00",
    { state: "closed", reason: "outside_hours", next: "2025-12-29T07:30+01:00", nextState: "open" },
  ],
  [
    "Christmas Eve 2024 was a working day",
    "orzesze",
    "2024-12-23T16:00:00+01:00",
    { state: "closed", reason: "outside_hours", next: "2024-12-24T07:30+01:00", nextState: "open" },
  ],
  [
    "New Year's Eve",
    "orzesze",
    "2025-12-31T16:00:00+01:00",
    { state: "closed", reason: "outside_hours", next: "2026-01-02T07:30+01:00", nextState: "open" },
  ],
  [
    "New Year's midnight",
    "orzesze",
    "2026-01-01T00:00:00+01:00",
    {
      state: "closed",
      reason: "holiday",
      detail: "Nowy Rok",
      next: "2026-01-02T07:30+01:00",
      nextState: "open",
    },
  ],
  [
    "Friday before the spring switch",
    "orzesze",
    "2025-03-28T16:00:00+01:00",
    { state: "closed", reason: "outside_hours", next: "2025-03-31T07:30+02:00", nextState: "open" },
  ],
  [
    "Monday after the spring switch",
    "orzesze",
    "2025-03-31T07:30:00+02:00",
    { state: "open", until: "2025-03-31T15:30+02:00" },
  ],
  [
    "Friday before the autumn switch",
    "orzesze",
    "2025-10-24T16:00:00+02:00",
    { state: "closed", reason: "outside_hours", next: "2025-10-27T07:30+01:00", nextState: "open" },
  ],
  [
    "Monday after the autumn switch",
    "orzesze",
    "2025-10-27T07:29:59+01:00",
    { state: "closed", reason: "outside_hours", next: "2025-10-27T07:30+01:00", nextState: "open" },
  ],
  // Kutno Klub Seniora, Tue and Thu.
  [
    "club after Tuesday",
    "kutnoKlubSeniora",
    "2025-06-10T15:00:00+02:00",
    { state: "closed", reason: "outside_hours", next: "2025-06-12T10:00+02:00", nextState: "open" },
  ],
];

describe("statusAt over the seed schedules", () => {
  it.each(CASES)("%s (%s at %s)", (_name, seed, at, expected) => {
    expect(readable(statusAt(SEED[seed], new Date(at)))).toEqual(expected);
  });
});

/** A schedule open on Sunday nights, to probe the DST switches. */
const sundayNight = (opens: string, closes: string) =>
  scheduleHoursSchema.parse({ closedOnHolidays: false, rules: [{ days: ["sun"], opens, closes }] });

describe("statusAt across the DST switches", () => {
  it.each([
    [
      "open over the skipped hour, before it",
      sundayNight("01:00", "04:00"),
      "2025-03-30T01:59:00+01:00",
      { state: "open", until: "2025-03-30T04:00+02:00" },
    ],
    [
      "open over the skipped hour, after it",
      sundayNight("01:00", "04:00"),
      "2025-03-30T03:00:00+02:00",
      { state: "open", until: "2025-03-30T04:00+02:00" },
    ],
    [
      "a range inside the skipped hour never opens",
      sundayNight("02:00", "02:30"),
      "2025-03-30T01:30:00+01:00",
      {
        state: "closed",
        reason: "outside_hours",
        next: "2025-04-06T02:00+02:00",
        nextState: "open",
      },
    ],
    [
      "a range starting in the skipped hour opens at 3:00",
      sundayNight("02:30", "03:30"),
      "2025-03-30T01:30:00+01:00",
      {
        state: "closed",
        reason: "outside_hours",
        next: "2025-03-30T03:00+02:00",
        nextState: "open",
      },
    ],
    [
      "the repeated hour, first time",
      sundayNight("02:00", "02:30"),
      "2025-10-26T02:15:00+02:00",
      { state: "open", until: "2025-10-26T02:30+02:00" },
    ],
    [
      "the repeated hour, second time",
      sundayNight("02:00", "02:30"),
      "2025-10-26T02:15:00+01:00",
      { state: "open", until: "2025-10-26T02:30+01:00" },
    ],
    [
      "a range into the repeated hour, second time",
      sundayNight("01:30", "02:15"),
      "2025-10-26T02:00:00+01:00",
      { state: "open", until: "2025-10-26T02:15+01:00" },
    ],
    [
      "a range into the repeated hour reopens when the clock goes back",
      sundayNight("01:30", "02:15"),
      "2025-10-26T02:20:00+02:00",
      {
        state: "closed",
        reason: "outside_hours",
        next: "2025-10-26T02:00+01:00",
        nextState: "open",
      },
    ],
    [
      "a range from the repeated hour closes when the clock goes back",
      sundayNight("02:30", "04:00"),
      "2025-10-26T02:45:00+02:00",
      { state: "open", until: "2025-10-26T02:00+01:00" },
    ],
    [
      "a range from the repeated hour reopens at its second time",
      sundayNight("02:30", "04:00"),
      "2025-10-26T02:15:00+01:00",
      {
        state: "closed",
        reason: "outside_hours",
        next: "2025-10-26T02:30+01:00",
        nextState: "open",
      },
    ],
    [
      "ranges that meet over the skipped hour read as one",
      scheduleHoursSchema.parse({
        closedOnHolidays: false,
        rules: [
          { days: ["sun"], opens: "00:00", closes: "02:00" },
          { days: ["sun"], opens: "03:00", closes: "04:30" },
        ],
      }),
      "2025-03-30T00:00:00+01:00",
      { state: "open", until: "2025-03-30T04:30+02:00" },
    ],
    [
      "open over the repeated hour",
      sundayNight("01:00", "04:00"),
      "2025-10-26T02:30:00+01:00",
      { state: "open", until: "2025-10-26T04:00+01:00" },
    ],
  ])("%s", (_name, schedule, at, expected) => {
    expect(readable(statusAt(schedule, Date.parse(at)))).toEqual(expected);
  });
});

describe("exceptions, closures and holidays", () => {
  const orzesze = scheduleHoursSchema.parse({
    rules: SEED.orzesze.rules,
    exceptions: [
      { from: "2025-11-10", closed: true, reason: "dzień wolny za 1 listopada" },
      { from: "2025-12-31", opens: "07:30", closes: "12:00", reason: "Sylwester" },
      {
        from: "2026-01-06",
        opens: "10:00",
        closes: "12:00",
        mode: "phone_only",
        reason: "dyżur telefoniczny",
      },
    ],
  });

  it.each([
    [
      "a closed exception",
      "2025-11-10T10:00:00+01:00",
      {
        state: "closed",
        reason: "exception",
        detail: "dzień wolny za 1 listopada",
        next: "2025-11-12T07:30+01:00",
        nextState: "open",
      },
    ],
    [
      "other hours, with the reason as the note",
      "2025-12-31T11:00:00+01:00",
      { state: "open", until: "2025-12-31T12:00+01:00", note: "Sylwester" },
    ],
    [
      "after the shortened day",
      "2025-12-31T12:00:00+01:00",
      {
        state: "closed",
        reason: "outside_hours",
        next: "2026-01-02T07:30+01:00",
        nextState: "open",
      },
    ],
    [
      "an exception wins over a holiday",
      "2026-01-06T11:00:00+01:00",
      { state: "phone_only", until: "2026-01-06T12:00+01:00", note: "dyżur telefoniczny" },
    ],
  ] as const)("%s", (_name, at, expected) => {
    expect(readable(statusAt(orzesze, Date.parse(at)))).toEqual(expected);
  });

  it("closes on an editor-entered closure, with its reason", () => {
    const closures = new Map([["2026-01-02", "dzień wolny za święto w sobotę"]]);
    expect(
      readable(statusAt(SEED.orzesze, Date.parse("2026-01-02T09:00:00+01:00"), { closures })),
    ).toEqual({
      state: "closed",
      reason: "closure",
      detail: "dzień wolny za święto w sobotę",
      next: "2026-01-05T07:30+01:00",
      nextState: "open",
    });
  });

  it("ignores holidays when the schedule is open on them", () => {
    const hotline = scheduleHoursSchema.parse({
      closedOnHolidays: false,
      rules: [{ days: ["thu"], opens: "08:00", closes: "20:00", mode: "phone_only" }],
    });
    expect(statusAt(hotline, Date.parse("2025-06-19T09:00:00+02:00")).state).toBe("phone_only");
  });

  it("uses a precomputed holiday set when given one", () => {
    const holidays = new Set(["2025-06-10"]);
    const status = statusAt(SEED.kutnoSwiadczenia, Date.parse("2025-06-10T11:00:00+02:00"), {
      holidays,
    });
    expect(readable(status)).toEqual({
      state: "closed",
      reason: "holiday",
      next: "2025-06-12T10:00+02:00",
      nextState: "open",
    });
  });
});

describe("next opening search is bounded", () => {
  it("reports no next opening for a schedule that never opens", () => {
    const empty = scheduleHoursSchema.parse({});
    expect(readable(statusAt(empty, Date.parse("2025-06-09T10:00:00+02:00")))).toEqual({
      state: "closed",
      reason: "no_hours_today",
    });
  });

  it("finds a season-only schedule months ahead", () => {
    const summer = scheduleHoursSchema.parse({
      seasons: [
        {
          label: "lipiec – sierpień",
          fromMonthDay: "07-01",
          toMonthDay: "08-31",
          rules: [{ days: ["mon"], opens: "09:00", closes: "10:00" }],
        },
      ],
    });
    expect(nextOpening(summer, Date.parse("2025-09-01T12:00:00+02:00"))).toMatchObject({
      date: "2026-07-06",
      time: "09:00",
    });
  });

  it("finds a one-day season that exists only in leap years", () => {
    const leapDay = scheduleHoursSchema.parse({
      closedOnHolidays: false,
      seasons: [
        {
          label: "29 lutego",
          fromMonthDay: "02-29",
          toMonthDay: "02-29",
          rules: [
            {
              days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
              opens: "09:00",
              closes: "10:00",
            },
          ],
        },
      ],
    });
    expect(nextOpening(leapDay, Date.parse("2025-03-01T12:00:00+01:00"))).toMatchObject({
      date: "2028-02-29",
      time: "09:00",
    });
  });
});

describe("bad schedules", () => {
  it.each([
    [
      "closes before opens",
      { rules: [{ days: ["mon"], opens: "10:00", closes: "09:00", mode: "in_person" }] },
      "rules[0].closes",
    ],
    [
      "overlapping ranges",
      {
        rules: [
          { days: ["mon"], opens: "09:00", closes: "12:00", mode: "in_person" },
          { days: ["mon"], opens: "11:00", closes: "13:00", mode: "in_person" },
        ],
      },
      "rules[1].opens",
    ],
    [
      "an unknown day",
      { rules: [{ days: ["mon", "monday"], opens: "09:00", closes: "12:00", mode: "in_person" }] },
      "rules[0].days",
    ],
  ])("throw a ScheduleError for %s instead of answering", (_name, rules, path) => {
    const schedule = {
      seasons: [],
      exceptions: [],
      closedOnHolidays: true,
      ...rules,
    } as Parameters<typeof statusAt>[0];
    expect(() => statusAt(schedule, Date.parse("2025-06-09T10:00:00+02:00"))).toThrow(
      ScheduleError,
    );
    expect(() => effectiveWeek(schedule, "2025-06-09")).toThrow(expect.objectContaining({ path }));
  });
});

describe("effectiveWeek", () => {
  it("gives Kutno's community support week with Corpus Christi", () => {
    const week = effectiveWeek(SEED.kutnoSrodowiskowa, "2025-06-18");
    expect(
      week.map((day) => [
        day.date,
        day.weekday,
        day.ranges.map((r) => `${r.opens}-${r.closes}`).join(","),
        day.closed?.reason ?? "",
      ]),
    ).toEqual([
      ["2025-06-16", "mon", "09:00-11:00,13:00-14:00", ""],
      ["2025-06-17", "tue", "09:00-11:00,13:00-14:00", ""],
      ["2025-06-18", "wed", "", "no_hours_today"],
      ["2025-06-19", "thu", "", "holiday"],
      ["2025-06-20", "fri", "09:00-11:00,13:00-14:00", ""],
      ["2025-06-21", "sat", "", "no_hours_today"],
      ["2025-06-22", "sun", "", "no_hours_today"],
    ]);
    expect(week[0]!.ranges[0]).toEqual({
      opens: "09:00",
      closes: "11:00",
      mode: "by_appointment",
      note: KUTNO_NOTE,
    });
  });

  it("runs Monday to Sunday across New Year", () => {
    expect(effectiveWeek(SEED.orzesze, "2026-01-01").map((d) => d.date)).toEqual([
      "2025-12-29",
      "2025-12-30",
      "2025-12-31",
      "2026-01-01",
      "2026-01-02",
      "2026-01-03",
      "2026-01-04",
    ]);
  });

  it("marks the season in force", () => {
    expect(dayHours(SEED.pruszkowPsycholog, "2025-08-01")).toEqual({
      date: "2025-08-01",
      weekday: "fri",
      ranges: [{ opens: "09:00", closes: "13:00", mode: "phone_only", note: "tel. 500 135 649" }],
      season: "lipiec – sierpień",
    });
  });

  it("has the same ranges in the DST weeks as in any other week", () => {
    const plain = effectiveWeek(SEED.orzesze, "2025-03-17").map((d) => d.ranges);
    expect(effectiveWeek(SEED.orzesze, "2025-03-24").map((d) => d.ranges)).toEqual(plain);
    expect(effectiveWeek(SEED.orzesze, "2025-10-20").map((d) => d.ranges)).toEqual(plain);
  });
});
