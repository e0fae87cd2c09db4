// Browser side of today's mark in the hours tables: the build marks the row of its own date; the
// open-now island calls this with the visitor's Warsaw date so the mark (aria-current="date" and
// the word "dziś") moves when the page is read on a later day. Same rule as the build
// (`todayCell`). The word moves with the mark; a page whose build marked no row (the schedule was
// not yet valid) gets the attribute and the row's bar only, to keep the island small.
import { todayCell } from "../../lib/models/hours-today";

export function markToday(root: ParentNode, date: string): void {
  for (const section of root.querySelectorAll<HTMLElement>("[data-hours]")) {
    const tables = [...section.querySelectorAll<HTMLElement>("table")];
    const cell = todayCell({ ...section.dataset, spans: tables.map((t) => t.dataset) }, date);
    const mark = section.querySelector(".today");
    mark?.remove();
    tables.forEach((table, index) => {
      for (const row of table.querySelectorAll<HTMLElement>("tr[data-hours-day]")) {
        if (cell?.table === index && `${cell.day}` === row.dataset.hoursDay) {
          row.setAttribute("aria-current", "date");
          if (mark) row.querySelector("th")?.append(" ", mark);
        } else row.removeAttribute("aria-current");
      }
    });
  }
}
