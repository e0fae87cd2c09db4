import { formatTime } from "../calendar/clock.ts";
import { civilFromDays, dayOfIsoDate, weekdayIndex } from "../calendar/days.ts";
import { toWarsaw } from "../calendar/warsaw-time.ts";
import { ON_WEEKDAY } from "../calendar/weekday-names.ts";
import { WEEKDAYS } from "../calendar/weekdays.ts";
import type { ClosedReason, Opening, OpenState, Status } from "../hours/types.ts";

/**
 * Short open-now phrases, e.g. "otwarte do 14:00", "nieczynne – otwarcie jutro o 10:00". No zod,
 * no date-fns: the browser island bundles this.
 */

const MONTHS_GENITIVE = [
  "stycznia",
  "lutego",
  "marca",
  "kwietnia",
  "maja",
  "czerwca",
  "lipca",
  "sierpnia",
  "września",
  "października",
  "listopada",
  "grudnia",
];

const OPEN_PHRASES: Readonly<Record<OpenState, string>> = {
  open: "otwarte",
  phone_only: "tylko telefonicznie",
  by_appointment: "po wcześniejszym umówieniu",
  priority: "pierwszeństwo dla umówionych",
};

/** How the closed part reads: a whole day closed for a reason says "dziś" and why. */
const CLOSED_PHRASES: Readonly<Record<ClosedReason, string>> = {
  holiday: "dziś nieczynne (święto)",
  closure: "dziś nieczynne (dzień wolny)",
  exception: "dziś nieczynne (zmiana godzin)",
  no_hours_today: "dziś nieczynne",
  outside_hours: "nieczynne",
  outside_validity: "nieczynne",
};

/** The reason's own words replace the generic ones in brackets for closures and exceptions. */
function closedPhrase(reason: ClosedReason, detail: string | undefined): string {
  return detail && (reason === "closure" || reason === "exception")
    ? `dziś nieczynne (${detail})`
    : CLOSED_PHRASES[reason];
}

/** "dziś", "jutro", "w poniedziałek" (within a week) or "7 czerwca" ("7 stycznia 2027" in another year). */
export function dayPhrase(date: string, now: Date | number): string {
  const today = toWarsaw(typeof now === "number" ? now : now.getTime()).day;
  const day = dayOfIsoDate(date);
  const ahead = day - today;
  if (ahead === 0) return "dziś";
  if (ahead === 1) return "jutro";
  if (ahead > 1 && ahead < 7) return ON_WEEKDAY[WEEKDAYS[weekdayIndex(day)]!];
  const [year, month, dayOfMonth] = civilFromDays(day);
  const sameYear = civilFromDays(today)[0] === year;
  return `${dayOfMonth} ${MONTHS_GENITIVE[month - 1]}${sameYear ? "" : ` ${year}`}`;
}

/** `"jutro o 10:00"`, with the state when it is not plain open: `"w poniedziałek o 9:00 (tylko telefonicznie)"`. */
export function openingPhrase(opening: Opening, now: Date | number): string {
  const mode = opening.state === "open" ? "" : ` (${OPEN_PHRASES[opening.state]})`;
  return `${dayPhrase(opening.date, now)} o ${formatTime(opening.time)}${mode}`;
}

/**
 * The status as one short phrase: `"otwarte do 14:00"`, `"tylko telefonicznie do 13:00"`,
 * `"nieczynne – otwarcie jutro o 10:00"`, `"dziś nieczynne (święto) – otwarcie w poniedziałek
 * o 9:00"`, or `"nieczynne"` when there is no next opening. `now` is the instant of the status.
 */
export function statusPhrase(status: Status, now: Date | number): string {
  if (status.state !== "closed")
    return `${OPEN_PHRASES[status.state]} do ${formatTime(status.until.time)}`;
  const closed = closedPhrase(status.reason, status.detail);
  return status.next ? `${closed} – otwarcie ${openingPhrase(status.next, now)}` : closed;
}
