import { formatTime, minutesToHhmm } from "../calendar/clock.ts";
import { civilFromDays, daysFromCivil, weekdayIndex } from "../calendar/days.ts";
import { toWarsaw } from "../calendar/warsaw-time.ts";
import { ON_WEEKDAY } from "../calendar/weekday-names.ts";
import { WEEKDAYS } from "../calendar/weekdays.ts";
import type { ClosedReason, DayRange, Opening, OpenState, Status } from "../hours/types.ts";
import type { ScheduleMode } from "../schemas/schedule-shape.ts";

/**
 * Short open-now phrases, e.g. "otwarte do 14:00", "nieczynne – otwarcie jutro o 10:00". No zod,
 * no date-fns: the browser island bundles this.
 */

/** Polish month names after a day number ("5 grudnia"): the one list of them. */
export const MONTHS_GENITIVE = [
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
] as const;

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
  // A date the engine produced: parsed without validation (none is bundled into the island).
  const day = daysFromCivil(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8)),
  );
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

/** The state in words, first in a status line (never colour alone). */
const STATE_WORDS: Readonly<Record<OpenState | "closed", string>> = {
  open: "Otwarte",
  phone_only: "Tylko telefonicznie",
  by_appointment: "Otwarte po wcześniejszym umówieniu",
  priority: "Otwarte, pierwszeństwo dla umówionych",
  closed: "Nieczynne",
};

/** What follows "Nieczynne" for each reason; a whole day closed says "dziś" and why. */
const CLOSED_REST: Readonly<Record<ClosedReason, string>> = {
  holiday: " dziś (święto)",
  closure: " dziś (dzień wolny)",
  exception: " dziś (zmiana godzin)",
  no_hours_today: " dziś",
  outside_hours: "",
  outside_validity: "",
};

/**
 * The status in two parts, the state in words and the rest: `["Otwarte", " do 14:00"]`,
 * `["Tylko telefonicznie", " do 13:00"]`, `["Nieczynne", " dziś (święto) – otwarcie jutro o 8:00"]`.
 */
export function statusParts(status: Status, now: Date | number): [string, string] {
  if (status.state !== "closed")
    return [STATE_WORDS[status.state], ` do ${formatTime(status.until.time)}`];
  const { reason, detail, next } = status;
  const rest =
    detail && (reason === "closure" || reason === "exception")
      ? ` dziś (${detail})`
      : CLOSED_REST[reason];
  return [STATE_WORDS.closed, next ? `${rest} – otwarcie ${openingPhrase(next, now)}` : rest];
}

/** The state a day with these ranges is open in, in words: in person, then appointments, then phone. */
export function dayStateWord(ranges: readonly Pick<DayRange, "mode">[]): string {
  const modes = new Set(ranges.map((range) => range.mode));
  if (modes.has("in_person")) return STATE_WORDS.open;
  if (modes.has("priority")) return STATE_WORDS.priority;
  if (modes.has("by_appointment")) return STATE_WORDS.by_appointment;
  return modes.size > 0 ? STATE_WORDS.phone_only : STATE_WORDS.closed;
}

/** `""` for in person, else the mode in brackets, e.g. `" (tylko telefonicznie)"`. */
const rangeMode = (mode: ScheduleMode): string =>
  mode === "in_person" ? "" : ` (${OPEN_PHRASES[mode]})`;

/** `"23 listopada"`. */
export const dateWords = (date: string): string =>
  `${Number(date.slice(8))} ${MONTHS_GENITIVE[Number(date.slice(5, 7)) - 1]}`;

/** A range of a day in minutes since midnight, as the engine compiles it. */
export type MinuteSpan = { start: number; end: number; mode: ScheduleMode };

const clock = (minutes: number): string => formatTime(minutesToHhmm(minutes));

/**
 * A day's hours in one line: `"Dziś (23 listopada): 8:00–12:00 (po wcześniejszym umówieniu)"`,
 * `"Dziś (23 listopada): nieczynne"`.
 */
export function todayLine(date: string, ranges: readonly MinuteSpan[]): string {
  const text = ranges.map(
    (range) => `${clock(range.start)}–${clock(range.end)}${rangeMode(range.mode)}`,
  );
  return `Dziś (${dateWords(date)}): ${text.join(", ") || "nieczynne"}`;
}
