import { MONTHS_GENITIVE } from "../format/phrases.ts";
import type { ClosedReason, OpenState } from "../hours/types.ts";
import type { Language } from "./language.ts";

/**
 * The words of the open-now phrases in one language, plain JSON: a page passes its language's
 * table to the browser island, which bundles no language at all (`statusPhraseIn`).
 */
export type PhraseTable = {
  /** An open state as it reads before "until 14:00". */
  open: Readonly<Record<OpenState, string>>;
  /** "until", before the closing time. */
  until: string;
  /** A closed status without the next opening. */
  closed: Readonly<Record<ClosedReason, string>>;
  /**
   * A closure or exception with the editor's own reason, `{}` standing for it; missing where the
   * reason (written in Polish) would not be in the page's language: the generic phrase stays.
   */
  closedFor?: string;
  /** "opens", before the next opening. */
  opens: string;
  today: string;
  tomorrow: string;
  /** "On <weekday>", Monday first. */
  onWeekday: readonly string[];
  /** Month names as they follow a day number, January first. */
  months: readonly string[];
  /** After a year: `" р."` in Ukrainian. */
  yearSuffix: string;
  /** "at", before a time. */
  at: string;
  /** The word for "at" before some hours (Ukrainian "об 11:00"), by hour. */
  atHour?: Readonly<Record<string, string>>;
  /** Whether hours before 10 get a leading zero (`"09:00"`). */
  zeroPad: boolean;
  /** The state in words, first (in bold) in a status line: `"Open"`, `"Closed"`. */
  heads: Readonly<Record<OpenState | "closed", string>>;
  /** What follows the closed head for each reason: `" today (public holiday)"`. */
  closedRest: Readonly<Record<ClosedReason, string>>;
  /** After the closed head for a closure with the editor's own reason, `{}` standing for it. */
  closedForRest?: string;
  /** A day's hours in one line, `{date}` and `{hours}` standing for them: `"Today ({date}): {hours}"`. */
  todayHours: string;
  /** `{hours}` of a day without any: `"closed"`. */
  closedAllDay: string;
};

const PL: PhraseTable = {
  open: {
    open: "otwarte",
    phone_only: "tylko telefonicznie",
    by_appointment: "po wcześniejszym umówieniu",
    priority: "pierwszeństwo dla umówionych",
  },
  until: "do",
  closed: {
    holiday: "dziś nieczynne (święto)",
    closure: "dziś nieczynne (dzień wolny)",
    exception: "dziś nieczynne (zmiana godzin)",
    no_hours_today: "dziś nieczynne",
    outside_hours: "nieczynne",
    outside_validity: "nieczynne",
  },
  closedFor: "dziś nieczynne ({})",
  opens: "otwarcie",
  today: "dziś",
  tomorrow: "jutro",
  onWeekday: [
    "w poniedziałek",
    "we wtorek",
    "w środę",
    "w czwartek",
    "w piątek",
    "w sobotę",
    "w niedzielę",
  ],
  months: [...MONTHS_GENITIVE],
  yearSuffix: "",
  at: "o",
  zeroPad: false,
  heads: {
    open: "Otwarte",
    phone_only: "Tylko telefonicznie",
    by_appointment: "Otwarte po wcześniejszym umówieniu",
    priority: "Otwarte, pierwszeństwo dla umówionych",
    closed: "Nieczynne",
  },
  closedRest: {
    holiday: " dziś (święto)",
    closure: " dziś (dzień wolny)",
    exception: " dziś (zmiana godzin)",
    no_hours_today: " dziś",
    outside_hours: "",
    outside_validity: "",
  },
  closedForRest: " dziś ({})",
  todayHours: "Dziś ({date}): {hours}",
  closedAllDay: "nieczynne",
};

const UK: PhraseTable = {
  open: {
    open: "відчинено",
    phone_only: "лише телефоном",
    by_appointment: "за попереднім записом",
    priority: "першочергово для записаних",
  },
  until: "до",
  closed: {
    holiday: "сьогодні зачинено (свято)",
    closure: "сьогодні зачинено (вихідний день)",
    exception: "сьогодні зачинено (змінений графік)",
    no_hours_today: "сьогодні зачинено",
    outside_hours: "зачинено",
    outside_validity: "зачинено",
  },
  opens: "відчиниться",
  today: "сьогодні",
  tomorrow: "завтра",
  // After "відчиниться" (a vowel) "в", but "у вівторок" before в.
  onWeekday: [
    "в понеділок",
    "у вівторок",
    "в середу",
    "в четвер",
    "в пʼятницю",
    "в суботу",
    "в неділю",
  ],
  months: [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
  ],
  yearSuffix: " р.",
  at: "о",
  // Read "об одинадцятій", "об першій".
  atHour: { "1": "об", "11": "об" },
  zeroPad: true,
  heads: {
    open: "Відчинено",
    phone_only: "Лише телефоном",
    by_appointment: "Відчинено за попереднім записом",
    priority: "Відчинено, першочергово для записаних",
    closed: "Зачинено",
  },
  closedRest: {
    holiday: " сьогодні (свято)",
    closure: " сьогодні (вихідний день)",
    exception: " сьогодні (змінений графік)",
    no_hours_today: " сьогодні",
    outside_hours: "",
    outside_validity: "",
  },
  todayHours: "Сьогодні ({date}): {hours}",
  closedAllDay: "зачинено",
};

const EN: PhraseTable = {
  open: {
    open: "open",
    phone_only: "phone only",
    by_appointment: "by appointment only",
    priority: "appointments first",
  },
  until: "until",
  closed: {
    holiday: "closed today (public holiday)",
    closure: "closed today (day off)",
    exception: "closed today (changed hours)",
    no_hours_today: "closed today",
    outside_hours: "closed",
    outside_validity: "closed",
  },
  opens: "opens",
  today: "today",
  tomorrow: "tomorrow",
  onWeekday: [
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
  ],
  months: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  yearSuffix: "",
  at: "at",
  zeroPad: true,
  heads: {
    open: "Open",
    phone_only: "Phone only",
    by_appointment: "Open by appointment only",
    priority: "Open, appointments first",
    closed: "Closed",
  },
  closedRest: {
    holiday: " today (public holiday)",
    closure: " today (day off)",
    exception: " today (changed hours)",
    no_hours_today: " today",
    outside_hours: "",
    outside_validity: "",
  },
  todayHours: "Today ({date}): {hours}",
  closedAllDay: "closed",
};

/** The open-now phrase table of each language. */
export const PHRASE_TABLES: Readonly<Record<Language, PhraseTable>> = { pl: PL, uk: UK, en: EN };
