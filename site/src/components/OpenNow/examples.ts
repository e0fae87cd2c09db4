// Examples of the open-now island for the unit tests, the browser test and the examples page.
import { type OpenNowView, openNowView } from "../../lib/models/open-now.ts";
import { EXAMPLE_TODAY, exampleSchedules } from "../HoursTable/examples.ts";

export const openNowExample: OpenNowView = openNowView(
  exampleSchedules.map((schedule, index) => ({
    // The examples page shows each schedule's table too.
    schedule,
    label: schedule.label,
    tableHref: `#godziny-${schedule.documentId}`,
    lines:
      index === 0 ? ["poniedziałek – wtorek, czwartek – piątek: 9:00–11:00 i 13:00–14:00"] : [],
  })),
  EXAMPLE_TODAY,
)!;
