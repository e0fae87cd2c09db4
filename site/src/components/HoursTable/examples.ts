// Examples of the hours table: the unit tests render them and the examples page shows them to
// pa11y-ci. Built through the real model from schedules as the CMS returns them.
import { scheduleSchema } from "@mops/shared";
import { type HoursTableView, hoursTable } from "../../lib/models/hours-table.ts";

const rule = (
  days: string[],
  opens: string,
  closes: string,
  mode = "in_person",
  note?: string,
) => ({
  monday: days.includes("mon"),
  tuesday: days.includes("tue"),
  wednesday: days.includes("wed"),
  thursday: days.includes("thu"),
  friday: days.includes("fri"),
  saturday: days.includes("sat"),
  sunday: days.includes("sun"),
  opens: `${opens}:00.000`,
  closes: `${closes}:00.000`,
  mode,
  note: note ?? null,
});

const schedule = (documentId: string, rest: Record<string, unknown>) =>
  scheduleSchema.parse({
    documentId,
    label: "Przyjęcia interesantów",
    rules: [],
    seasons: [],
    exceptions: [],
    closedOnHolidays: true,
    ...rest,
  });

/** Examples are fixed in time, like a build with BUILD_NOW. */
export const EXAMPLE_TODAY = "2026-11-23";

const weekdaysButWednesday = ["mon", "tue", "thu", "fri"];

export const exampleSchedules = [
  schedule("example-split", {
    label: "Dział Pomocy Środowiskowej",
    rules: [
      rule(
        weekdaysButWednesday,
        "09:00",
        "11:00",
        "by_appointment",
        "po uprzednim kontakcie telefonicznym",
      ),
      rule(
        weekdaysButWednesday,
        "13:00",
        "14:00",
        "by_appointment",
        "po uprzednim kontakcie telefonicznym",
      ),
    ],
    note: "Środa dniem bez przyjęć interesantów. Zapisy: 24/2534309 lub sekretariat@mops.example.pl.",
  }),
  schedule("example-modes", {
    label: "Sprawy z zakresu pomocy społecznej",
    rules: [
      rule(["mon", "tue", "wed", "thu", "fri"], "07:30", "09:00", "phone_only"),
      rule(["mon", "tue", "wed", "thu", "fri"], "09:00", "15:30", "in_person"),
    ],
  }),
  schedule("example-season", {
    label: "Dyżur psychologa",
    rules: [rule(["tue"], "15:00", "17:00")],
    seasons: [
      {
        label: "lipiec – sierpień",
        fromMonthDay: "07-01",
        toMonthDay: "08-31",
        rules: [rule(["tue"], "15:00", "17:00", "phone_only")],
      },
    ],
    closedOnHolidays: false,
  }),
];

export const hoursTableExamples: ReadonlyArray<{ name: string; table: HoursTableView }> = [
  "split hours by appointment, Wednesday closed",
  "phone-only window before in-person hours",
  "summer season",
].map((name, index) => {
  const example = exampleSchedules[index]!;
  return { name, table: hoursTable(example, example.label, EXAMPLE_TODAY) };
});
