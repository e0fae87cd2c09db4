// Examples of the open-now block for the unit tests, the browser test and the examples page.
import { type OpenNowView, openNowView } from "../../lib/models/open-now.ts";
import { NO_PHONE } from "../../lib/models/reception.ts";
import { EXAMPLE_TODAY, exampleSchedules } from "../HoursTable/examples.ts";

/** The build instant of the examples: 8:00 in Warsaw on EXAMPLE_TODAY. */
export const EXAMPLE_NOW = new Date(`${EXAMPLE_TODAY}T08:00:00+01:00`);

export const openNowExample: OpenNowView = openNowView(
  [
    {
      place: {
        name: "Dział Pomocy Środowiskowej",
        // The examples page shows each schedule's table too.
        href: `#godziny-${exampleSchedules[0]!.documentId.toLowerCase()}`,
        addressLines: ["ul. Przykładowa 1", "00-001 Przykładowo"],
        phones: [{ text: "24 253 78 47", href: "tel:+48242537847" }],
        emails: [],
      },
      items: exampleSchedules.slice(0, 2).map((schedule) => ({ schedule, label: schedule.label })),
    },
    {
      place: {
        name: "Punkt konsultacyjny",
        href: `#godziny-${exampleSchedules[2]!.documentId.toLowerCase()}`,
        addressLines: ["ul. Jasna 3", "Przykładowo"],
        phones: [],
        emails: [],
        noPhone: NO_PHONE.address,
      },
      items: exampleSchedules.slice(2).map((schedule) => ({ schedule, label: schedule.label })),
    },
  ],
  EXAMPLE_TODAY,
)!;
