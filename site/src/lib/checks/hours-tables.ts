// Built-output check of the weekly hours tables: every table of a schedule's section lists the
// seven weekdays, Monday first (no closed day left out), and no row is marked as today (the HTML
// does not depend on the build day; the open-now island marks the visitor's today).
import { WEEKDAYS } from "@mops/shared";

export interface HoursTableProblem {
  page: string;
  problem: string;
}

const SECTION = /<section\b[^>]*\bdata-hours\b[^>]*>([\s\S]*?)<\/section>/g;
const BODY = /<tbody>([\s\S]*?)<\/tbody>/g;
const DAY = /<tr\b[^>]*\bdata-hours-day="(\w+)"/g;
/** Monday to Sunday as the rows number them (`Date#getUTCDay`, 0 = Sunday). */
const EXPECTED = WEEKDAYS.map((_, index) => (index + 1) % 7).join(",");

/** Problems of the hours tables of one built page. */
export function hoursTableProblems(page: string, html: string): HoursTableProblem[] {
  return [...html.matchAll(SECTION)].flatMap(([, section = ""], index) => {
    const tables = [...section.matchAll(BODY)].map(([, body = ""]) =>
      [...body.matchAll(DAY)].map((match) => match[1]).join(","),
    );
    const missing = tables
      .filter((days) => days !== EXPECTED)
      .map((days) => ({ page, problem: `hours section ${index + 1} has days ${days || "none"}` }));
    const today = section.match(/aria-current="date"/g)?.length ?? 0;
    const marked =
      today > 0
        ? [{ page, problem: `hours section ${index + 1} marks a row as today in the HTML` }]
        : [];
    const empty =
      tables.length === 0 ? [{ page, problem: `hours section ${index + 1} has no table` }] : [];
    return [...empty, ...missing, ...marked];
  });
}
