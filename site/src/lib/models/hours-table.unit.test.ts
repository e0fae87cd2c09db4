import { scheduleSchema } from "@mops/shared";
import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { hoursTable } from "./hours-table.ts";

const TODAY = "2026-11-23";
const rows = (table: ReturnType<typeof hoursTable>) =>
  table.variants.map((variant) => [
    variant.label,
    variant.rows.map((row) => `${row.day}: ${row.hours}`),
  ]);

describe("hoursTable with the seed offices", () => {
  const kutno = fixtureContent("kutno");
  const byDepartment = (slug: string) => kutno.schedules.find((s) => s.department?.slug === slug)!;

  it.each([
    {
      department: "dzial-pomocy-srodowiskowej",
      lines: [
        "poniedziałek – wtorek, czwartek – piątek: 9:00–11:00 i 13:00–14:00 (po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym z pracownikiem socjalnym)",
        "środa: nieczynne",
      ],
    },
    {
      department: "dzial-dodatkow-mieszkaniowych",
      lines: [
        "poniedziałek – wtorek, piątek: 10:00–14:00",
        "środa: nieczynne",
        "czwartek: 10:00–15:00",
      ],
    },
  ])("Kutno $department", ({ department, lines }) => {
    expect(rows(hoursTable(byDepartment(department), "x", TODAY))).toEqual([[undefined, lines]]);
  });

  it("labels Pruszków's psychologist's summer season and the rest of the year", () => {
    const pruszkow = fixtureContent("pruszkow");
    const schedule = pruszkow.schedules.find((s) => s.label === "Dyżur psychologa")!;
    const labels = hoursTable(schedule, "x", TODAY).variants.map((variant) => variant.label);
    expect(labels).toEqual(["w pozostałym okresie", "lipiec – sierpień"]);
  });
});

describe("hoursTable notes", () => {
  const schedule = (extra: Record<string, unknown>) =>
    scheduleSchema.parse({
      documentId: "Abc",
      label: "Przyjęcia",
      rules: [{ monday: true, opens: "10:00:00.000", closes: "14:00:00.000", mode: "in_person" }],
      seasons: [],
      exceptions: [],
      ...extra,
    });

  it.each([
    { name: "no extras", extra: {}, notes: ["W dni ustawowo wolne od pracy nieczynne."] },
    { name: "past start", extra: { validFrom: "2021-06-08", closedOnHolidays: false }, notes: [] },
    {
      name: "future start",
      extra: { validFrom: "2027-01-04", closedOnHolidays: false },
      notes: ["Obowiązuje od 4 stycznia 2027."],
    },
    {
      name: "upcoming and past exceptions",
      extra: {
        closedOnHolidays: false,
        note: "Prosimy o wcześniejszy kontakt.",
        exceptions: [
          { from: "2026-12-31", closed: true, reason: "inwentaryzacja" },
          { from: "2026-11-01", closed: true, reason: "minione" },
          {
            from: "2026-12-28",
            to: "2026-12-30",
            closed: false,
            opens: "08:00",
            closes: "12:00",
            reason: "okres świąteczny",
          },
        ],
      },
      notes: [
        "28 – 30 grudnia 2026: 8:00–12:00 (okres świąteczny).",
        "31 grudnia 2026: nieczynne (inwentaryzacja).",
        "Prosimy o wcześniejszy kontakt.",
      ],
    },
  ])("$name", ({ extra, notes }) => {
    const table = hoursTable(schedule(extra), "Przyjęcia", TODAY);
    expect(table.notes).toEqual(notes);
    expect(table.id).toBe("godziny-abc");
  });
});
