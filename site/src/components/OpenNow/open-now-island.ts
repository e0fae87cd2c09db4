// Browser side of the open-now island: evaluates each schedule (compiled at build time) with the
// shared engine in Europe/Warsaw at the visitor's current time and writes its status
// ("otwarte do 14:00", "nieczynne – otwarcie jutro o 10:00"), and moves today's mark in the hours
// tables on the page to the visitor's date. Refreshes every minute.
import { statusAt, statusPhrase, warsawDate } from "@mops/shared/island";
import type { OpenNowData } from "../../lib/models/open-now";
import { markToday } from "../HoursTable/hours-today-island";

export function statusTexts(
  data: OpenNowData,
  now: number,
): Array<{ text: string; open: boolean }> {
  const holidays = new Set(data.holidays);
  return data.schedules.map((schedule) => {
    const status = statusAt(schedule, now, { holidays });
    return { text: statusPhrase(status, now), open: status.state !== "closed" };
  });
}

export function runOpenNowIsland(root: ParentNode, now: () => number): void {
  const source = root.querySelector("#open-now-data");
  if (!source?.textContent) return;
  const data = JSON.parse(source.textContent) as OpenNowData;
  const update = () => {
    const at = now();
    markToday(root, warsawDate(at));
    statusTexts(data, at).forEach((status, index) => {
      const target = root.querySelector(`[data-open-now="${index}"]`);
      if (!target) return;
      target.textContent = status.text;
      target.className = status.open ? "status-open" : "status-closed";
    });
    for (const fallback of root.querySelectorAll<HTMLElement>("[data-open-now-fallback]"))
      fallback.hidden = true;
  };
  update();
  setInterval(update, 60_000);
}
