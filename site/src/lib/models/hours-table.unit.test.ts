import { scheduleSchema, WEEKDAY_NAMES, WEEKDAYS } from "@mops/shared";
import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { hoursTable } from "./hours-table.ts";
import { todayCell } from "./hours-today.ts";

const TODAY = "2026-11-23";
const rows = (table: ReturnType<typeof hoursTable>) =>
  table.variants.map((variant) => [
    variant.label,
    variant.rows.map((row) => `${row.day}: ${row.hours}`),
  ]);
/** The row the island marks on `date` (`todayCell` over the tables' spans, as the page's data-* carry them). */
const marked = (table: ReturnType<typeof hoursTable>, date: string) => {
  const cell = todayCell({ ...table, spans: table.variants }, date);
  const row = cell && table.variants[cell.table]?.rows.find((r) => r.dayOfWeek === cell.day);
  return row ? [`${cell.table}:${row.weekday}`] : [];
};
const SPLIT =
  "9:00–11:00 i 13:00–14:00 (po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym z pracownikiem socjalnym)";

describe("hoursTable with the seed offices", () => {
  const kutno = fixtureContent("kutno");
  const byDepartment = (slug: string) => kutno.schedules.find((s) => s.department?.slug === slug)!;

  describe.each([
    {
      department: "dzial-pomocy-srodowiskowej",
      week: [SPLIT, SPLIT, "nieczynne", SPLIT, SPLIT, "nieczynne", "nieczynne"],
    },
    {
      department: "dzial-dodatkow-mieszkaniowych",
      week: [
        "10:00–14:00",
        "10:00–14:00",
        "nieczynne",
        "10:00–15:00",
        "10:00–14:00",
        "nieczynne",
        "nieczynne",
      ],
    },
  ])("Kutno $department", ({ department, week }) => {
    const table = hoursTable(byDepartment(department), "x", TODAY);
    it("lists every day Monday to Sunday, closed days written out", () => {
      const days = WEEKDAYS.map((day, index) => `${WEEKDAY_NAMES[day]}: ${week[index]}`);
      expect(rows(table)).toEqual([[undefined, days]]);
    });
    it("gives the island the Monday's row on the build's Monday", () => {
      expect(marked(table, TODAY)).toEqual(["0:mon"]);
    });
  });

  it("heads Pruszków's psychologist's summer season with its dates", () => {
    const pruszkow = fixtureContent("pruszkow");
    const schedule = pruszkow.schedules.find((s) => s.label === "Dyżur psychologa")!;
    const labels = hoursTable(schedule, "x", TODAY).variants.map((variant) => variant.label);
    expect(labels).toEqual(["w pozostałym okresie", "1 lipca – 31 sierpnia (lipiec – sierpień)"]);
  });
});

describe("today's row", () => {
  const weekly = (extra: Record<string, unknown>) =>
    scheduleSchema.parse({
      documentId: "Abc",
      label: "Przyjęcia",
      rules: [{ monday: true, opens: "10:00:00.000", closes: "14:00:00.000", mode: "in_person" }],
      seasons: [
        {
          label: "zima",
          fromMonthDay: "12-20",
          toMonthDay: "01-10",
          rules: [
            { friday: true, opens: "10:00:00.000", closes: "12:00:00.000", mode: "in_person" },
          ],
        },
      ],
      exceptions: [],
      ...extra,
    });

  describe.each([
    { name: "a Monday of the regular week", date: "2026-11-23", extra: {}, today: ["0:mon"] },
    { name: "a Sunday of the regular week", date: "2026-11-29", extra: {}, today: ["0:sun"] },
    { name: "in the season before New Year", date: "2026-12-31", extra: {}, today: ["1:thu"] },
    { name: "in the season after New Year", date: "2027-01-08", extra: {}, today: ["1:fri"] },
    {
      name: "before the schedule starts",
      date: "2026-11-23",
      extra: { validFrom: "2027-01-04" },
      today: [],
    },
    {
      name: "after the schedule ends",
      date: "2026-11-23",
      extra: { validTo: "2026-11-01" },
      today: [],
    },
  ])("$name", ({ date, extra, today }) => {
    it("is the island's row in the table that applies, and the view marks no row itself", () => {
      const table = hoursTable(weekly(extra), "x", date);
      expect(marked(table, date)).toEqual(today);
      expect(hoursTable(weekly(extra), "x", date)).toEqual(
        hoursTable(weekly(extra), "x", "2026-11-24"),
      );
    });
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
    {
      name: "a note with a phone and an e-mail",
      extra: {
        closedOnHolidays: false,
        note: "Zapisy: 22 758-78-98 wew. 12 lub a@b.pl & osobiście.",
        rules: [
          {
            monday: true,
            opens: "10:00:00.000",
            closes: "14:00:00.000",
            mode: "by_appointment",
            note: "tel. 600 100 200",
          },
        ],
      },
      notes: [
        'Zapisy: <a href="tel:+48227587898;ext=12">22 758-78-98 wew. 12</a> lub <a href="mailto:a@b.pl">a@b.pl</a> &amp; osobiście.',
      ],
    },
  ])("$name", ({ extra, notes }) => {
    const table = hoursTable(schedule(extra), "Przyjęcia", TODAY);
    expect(table.notesHtml).toEqual(notes);
    expect(table.id).toBe("godziny-abc");
  });
});

describe("hoursTable rows", () => {
  it("link the phone in a rule's note", () => {
    const schedule = scheduleSchema.parse({
      documentId: "Abc",
      label: "Przyjęcia",
      rules: [
        {
          monday: true,
          opens: "10:00:00.000",
          closes: "14:00:00.000",
          mode: "by_appointment",
          note: "tel. 600 100 200",
        },
      ],
      seasons: [],
      exceptions: [],
    });
    const monday = hoursTable(schedule, "x", TODAY).variants[0]!.rows[0]!;
    expect(monday.hours).toBe("10:00–14:00 (po wcześniejszym umówieniu, tel. 600 100 200)");
    expect(monday.hoursHtml).toBe(
      '10:00–14:00 (po wcześniejszym umówieniu, tel. <a href="tel:+48600100200">600 100 200</a>)',
    );
  });
});
