import { describe, expect, it } from "vitest";
import { schemaOrgOpenAt } from "../../test-support/schema-org-reader.ts";
import { SEED, type SeedName } from "../../test-support/seed-schedules.ts";
import { statusAt } from "../hours/index.ts";
import { type ScheduleHours, scheduleHoursSchema } from "../schemas/schedule.ts";
import { toSchemaOrgHours } from "./schema-org.ts";

const day = (name: string) => `https://schema.org/${name}`;
const SPEC = "OpeningHoursSpecification";
const YEAR_2026 = { from: "2026-01-01", to: "2026-12-31" };

describe("toSchemaOrgHours", () => {
  it("splits Kutno's community support hours into one object per range", () => {
    const note =
      "po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym z pracownikiem socjalnym";
    const days = [day("Monday"), day("Tuesday"), day("Thursday"), day("Friday")];
    expect(
      toSchemaOrgHours([SEED.kutnoSrodowiskowa], { from: "2026-06-08", to: "2026-06-14" }),
    ).toEqual({
      openingHoursSpecification: [
        { "@type": SPEC, dayOfWeek: days, opens: "09:00", closes: "11:00", description: note },
        { "@type": SPEC, dayOfWeek: days, opens: "13:00", closes: "14:00", description: note },
      ],
      specialOpeningHoursSpecification: [],
    });
  });

  it("carries the validity of Wspieraj Seniora", () => {
    expect(
      toSchemaOrgHours([SEED.wspierajSenioraService], YEAR_2026).openingHoursSpecification,
    ).toEqual([
      {
        "@type": SPEC,
        dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].map(day),
        opens: "07:00",
        closes: "18:00",
        validThrough: "2020-12-31",
      },
    ]);
  });

  it("puts the psychologist's summer and the holiday in it among the special hours", () => {
    const hours = toSchemaOrgHours([SEED.pruszkowPsycholog], {
      from: "2025-08-01",
      to: "2025-08-31",
    });
    expect(hours.openingHoursSpecification).toEqual([
      {
        "@type": SPEC,
        dayOfWeek: [day("Monday"), day("Wednesday"), day("Friday")],
        opens: "09:00",
        closes: "13:00",
        validFrom: "2020-07-01",
      },
    ]);
    const phone = "tylko telefonicznie, tel. 500 135 649";
    const mwf = [day("Monday"), day("Wednesday"), day("Friday")];
    const closedDays = [day("Tuesday"), day("Thursday"), day("Saturday"), day("Sunday")];
    const season = (validFrom: string, validThrough: string) => [
      {
        "@type": SPEC,
        dayOfWeek: mwf,
        opens: "09:00",
        closes: "13:00",
        validFrom,
        validThrough,
        description: phone,
      },
      {
        "@type": SPEC,
        dayOfWeek: closedDays,
        opens: "00:00",
        closes: "00:00",
        validFrom,
        validThrough,
      },
    ];
    expect(hours.specialOpeningHoursSpecification).toEqual([
      ...season("2025-08-01", "2025-08-14"),
      {
        "@type": SPEC,
        opens: "00:00",
        closes: "00:00",
        validFrom: "2025-08-15",
        validThrough: "2025-08-15",
        description: "Wniebowzięcie Najświętszej Maryi Panny",
      },
      ...season("2025-08-16", "2025-08-31"),
    ]);
  });

  it("writes exceptions in the window as dated special objects", () => {
    const schedule = scheduleHoursSchema.parse({
      rules: SEED.orzesze.rules,
      exceptions: [
        { from: "2025-12-31", opens: "07:30", closes: "12:00", reason: "Sylwester" },
        { from: "2025-11-10", closed: true, reason: "dzień wolny za 1 listopada" },
      ],
    });
    const hours = toSchemaOrgHours([schedule], {
      from: "2025-11-01",
      to: "2025-12-31",
      holidays: new Set(),
    });
    expect(hours.specialOpeningHoursSpecification).toEqual([
      {
        "@type": SPEC,
        opens: "00:00",
        closes: "00:00",
        validFrom: "2025-11-10",
        validThrough: "2025-11-10",
        description: "dzień wolny za 1 listopada",
      },
      {
        "@type": SPEC,
        opens: "07:30",
        closes: "12:00",
        validFrom: "2025-12-31",
        validThrough: "2025-12-31",
        description: "Sylwester",
      },
    ]);
    expect(hours.openingHoursSpecification.every((spec) => spec.validFrom === undefined)).toBe(
      true,
    );
  });

  it("writes a closing time of 24:00 as 23:59", () => {
    const evening = scheduleHoursSchema.parse({
      closedOnHolidays: false,
      rules: [{ days: ["fri"], opens: "18:00", closes: "24:00" }],
    });
    expect(toSchemaOrgHours([evening], YEAR_2026).openingHoursSpecification).toEqual([
      { "@type": SPEC, dayOfWeek: [day("Friday")], opens: "18:00", closes: "23:59" },
    ]);
  });
});

const QUARTER_MS = 15 * 60_000;

/** Every quarter-hour of 2026 where the reader and the engine disagree, as ISO instants. */
function disagreements(schedules: readonly ScheduleHours[]): string[] {
  const hours = toSchemaOrgHours(schedules, YEAR_2026);
  const wrong: string[] = [];
  const start = Date.parse("2026-01-01T00:00:00+01:00");
  const end = Date.parse("2027-01-01T00:00:00+01:00");
  for (let t = start; t < end; t += QUARTER_MS) {
    const engineOpen = schedules.some((schedule) => statusAt(schedule, t).state !== "closed");
    if (schemaOrgOpenAt(hours, t) !== engineOpen) wrong.push(new Date(t).toISOString());
  }
  return wrong;
}

describe("schema.org hours read back agree with the engine over 2026", () => {
  const duty = scheduleHoursSchema.parse({
    rules: SEED.orzesze.rules,
    seasons: [
      {
        label: "wakacje",
        fromMonthDay: "07-01",
        toMonthDay: "08-31",
        rules: [{ days: ["mon", "wed"], opens: "08:00", closes: "12:00" }],
      },
    ],
    validTo: "2026-10-31",
    exceptions: [
      { from: "2026-07-20", to: "2026-08-07", closed: true, reason: "urlop" },
      { from: "2026-07-29", opens: "09:00", closes: "11:00", reason: "dyżur" },
      { from: "2026-12-24", opens: "07:30", closes: "10:00", reason: "Wigilia" },
    ],
  });
  it.each([
    ...(Object.keys(SEED) as SeedName[]).map((name): [string, ScheduleHours[]] => [
      name,
      [SEED[name]],
    ]),
    ["a season, a closure with a duty day inside, validity", [duty]],
    [
      "Pruszków's schedules together",
      [SEED.pruszkowPsycholog, SEED.pruszkowPrzemoc, SEED.pruszkowSwiadczenia],
    ],
    ["Kutno's schedules together", [SEED.kutnoSwiadczenia, SEED.kutnoDodatki, duty]],
  ])("%s", (_name, schedules) => {
    expect(disagreements(schedules)).toEqual([]);
  });
});
