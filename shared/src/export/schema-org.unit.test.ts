import { describe, expect, it } from "vitest";
import { SEED } from "../../test-support/seed-schedules.ts";
import { scheduleHoursSchema } from "../schemas/schedule.ts";
import { toSchemaOrgOpeningHours } from "./schema-org.ts";

const day = (name: string) => `https://schema.org/${name}`;
const SPEC = "OpeningHoursSpecification";

describe("toSchemaOrgOpeningHours", () => {
  it("splits Kutno's community support hours into one object per range", () => {
    const note =
      "po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym z pracownikiem socjalnym";
    const days = [day("Monday"), day("Tuesday"), day("Thursday"), day("Friday")];
    expect(toSchemaOrgOpeningHours(SEED.kutnoSrodowiskowa)).toEqual([
      { "@type": SPEC, dayOfWeek: days, opens: "09:00", closes: "11:00", description: note },
      { "@type": SPEC, dayOfWeek: days, opens: "13:00", closes: "14:00", description: note },
    ]);
  });

  it("keeps Kraśnik's priority window apart from the in-person hours", () => {
    const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].map(day);
    expect(toSchemaOrgOpeningHours(SEED.krasnik)).toEqual([
      {
        "@type": SPEC,
        dayOfWeek: days,
        opens: "07:00",
        closes: "10:00",
        description: "pierwszeństwo dla umówionych",
      },
      { "@type": SPEC, dayOfWeek: days, opens: "10:00", closes: "15:00" },
    ]);
  });

  it("carries the validity of Wspieraj Seniora", () => {
    expect(toSchemaOrgOpeningHours(SEED.wspierajSenioraService)).toEqual([
      {
        "@type": SPEC,
        dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].map(day),
        opens: "07:00",
        closes: "18:00",
        validThrough: "2020-12-31",
      },
    ]);
  });

  it("gives the psychologist's summer with validFrom/validThrough and holidays in the window", () => {
    const specs = toSchemaOrgOpeningHours(SEED.pruszkowPsycholog, {
      from: "2025-08-01",
      to: "2025-08-31",
    });
    expect(specs).toEqual([
      {
        "@type": SPEC,
        dayOfWeek: [day("Monday"), day("Wednesday"), day("Friday")],
        opens: "09:00",
        closes: "13:00",
        validFrom: "2020-07-01",
      },
      {
        "@type": SPEC,
        dayOfWeek: [day("Monday"), day("Wednesday"), day("Friday")],
        opens: "09:00",
        closes: "13:00",
        validFrom: "2025-08-01",
        validThrough: "2025-08-31",
        description: "tylko telefonicznie, tel. 500 135 649",
      },
      {
        "@type": SPEC,
        dayOfWeek: [day("Tuesday"), day("Thursday"), day("Saturday"), day("Sunday")],
        opens: "00:00",
        closes: "00:00",
        validFrom: "2025-08-01",
        validThrough: "2025-08-31",
      },
      {
        "@type": SPEC,
        opens: "00:00",
        closes: "00:00",
        validFrom: "2025-08-15",
        validThrough: "2025-08-15",
        description: "Wniebowzięcie Najświętszej Maryi Panny",
      },
    ]);
  });

  it("writes exceptions in the window as dated objects", () => {
    const schedule = scheduleHoursSchema.parse({
      rules: SEED.orzesze.rules,
      exceptions: [
        { from: "2025-12-31", opens: "07:30", closes: "12:00", reason: "Sylwester" },
        { from: "2025-11-10", closed: true, reason: "dzień wolny za 1 listopada" },
      ],
    });
    const specs = toSchemaOrgOpeningHours(schedule, {
      from: "2025-11-01",
      to: "2025-12-31",
      holidays: new Set(),
    });
    expect(specs.filter((spec) => !spec.dayOfWeek)).toEqual([
      {
        "@type": SPEC,
        opens: "07:30",
        closes: "12:00",
        validFrom: "2025-12-31",
        validThrough: "2025-12-31",
        description: "Sylwester",
      },
      {
        "@type": SPEC,
        opens: "00:00",
        closes: "00:00",
        validFrom: "2025-11-10",
        validThrough: "2025-11-10",
        description: "dzień wolny za 1 listopada",
      },
    ]);
  });
});
