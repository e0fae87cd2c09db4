import type { Weekday } from "./weekdays.ts";

/** Polish weekday names, lower-case nominative, Monday first. */
export const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: "poniedziałek",
  tue: "wtorek",
  wed: "środa",
  thu: "czwartek",
  fri: "piątek",
  sat: "sobota",
  sun: "niedziela",
};

/** "On <weekday>" with the right preposition and case: `"w poniedziałek"`, `"we wtorek"`, `"w środę"`. */
export const ON_WEEKDAY: Readonly<Record<Weekday, string>> = {
  mon: "w poniedziałek",
  tue: "we wtorek",
  wed: "w środę",
  thu: "w czwartek",
  fri: "w piątek",
  sat: "w sobotę",
  sun: "w niedzielę",
};
