// Browser side of the open-now island: evaluates each schedule (compiled at build time) with the
// shared engine in Europe/Warsaw at the visitor's current time, writes its status in words of the
// page's language, from the phrase table the page hands it ("Otwarte" + " do 14:00", "Closed" +
// " – opens tomorrow at 10:00") and today's hours into the status element the HTML holds hidden
// (the HTML says nothing about the day) and shows it, marks today's row in the hours tables on the
// page for the visitor's date, and hides a department's service status after its end. Refreshes
// every minute.
import {
  rangesOn,
  statusAt,
  statusPartsIn,
  todayLineIn,
  toWarsaw,
  warsawDate,
} from "@mops/shared/island";
import type { OpenNowData } from "../../lib/models/open-now";
import { markToday } from "../HoursTable/hours-today-island";

export interface StatusText {
  word: string;
  rest: string;
  today: string;
  open: boolean;
}

export function statusTexts(data: OpenNowData, now: number): StatusText[] {
  const options = { holidays: new Set(data.holidays) };
  const { day } = toWarsaw(now);
  const date = warsawDate(now);
  return data.schedules.map((schedule) => {
    const status = statusAt(schedule, now, options);
    const [word, rest] = statusPartsIn(data.phrases, status, now);
    const today = todayLineIn(data.phrases, date, rangesOn(schedule, day, options));
    return { word, rest, today, open: status.state !== "closed" };
  });
}

export function runOpenNowIsland(root: ParentNode, now: () => number): void {
  const source = root.querySelector("#open-now-data");
  if (!source?.textContent) return;
  const data = JSON.parse(source.textContent) as OpenNowData;
  const update = () => {
    const at = now();
    markToday(root, warsawDate(at));
    // A department's service status ends at its instant (`data-ends-at`, epoch ms).
    for (const notice of root.querySelectorAll<HTMLElement>("[data-ends-at]"))
      notice.hidden = at >= +notice.dataset.endsAt!;
    statusTexts(data, at).forEach((status, index) => {
      // The status's three parts: the state in words, the rest, today's hours.
      const target = root.querySelector<HTMLElement>(`[data-open-now="${index}"]`);
      if (!target) return;
      target.hidden = false;
      target.className = status.open ? "status-open" : "status-closed";
      [status.word, status.rest, status.today].forEach((text, part) => {
        const element = target.children[part];
        if (element) element.textContent = text;
      });
    });
  };
  update();
  setInterval(update, 60_000);
}
