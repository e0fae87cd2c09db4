// Browser side of today's mark in the hours tables: the HTML marks no row (it says nothing about
// the build day) and holds the word "dziś" hidden in each table's section; the open-now island
// calls this with the visitor's Warsaw date to mark today's row (aria-current="date", the bar) and
// move the word into it, shown. Same rule as `todayCell`. On no row (the schedule is not valid on
// the date) the word is hidden again.
import { todayCell } from "../../lib/models/hours-today";

export function markToday(root: ParentNode, date: string): void {
  for (const section of root.querySelectorAll<HTMLElement>("[data-hours]")) {
    const tables = [...section.querySelectorAll<HTMLElement>("table")];
    const cell = todayCell({ ...section.dataset, spans: tables.map((t) => t.dataset) }, date);
    const mark = section.querySelector<HTMLElement>(".today");
    if (mark) mark.hidden = !cell;
    tables.forEach((table, index) => {
      for (const row of table.querySelectorAll<HTMLElement>("tr[data-hours-day]")) {
        if (cell?.table === index && `${cell.day}` === row.dataset.hoursDay) {
          row.setAttribute("aria-current", "date");
          const th = row.querySelector("th")!;
          if (mark && mark.parentNode !== th) th.append(" ", mark);
        } else row.removeAttribute("aria-current");
      }
    });
  }
}
