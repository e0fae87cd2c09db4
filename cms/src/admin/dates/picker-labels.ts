// The design system's date and time pickers name their calendar, month and year selects and the
// date and time boxes in English by default ("Choose date", "Month", …), and Strapi's own date
// inputs pass none of these names through its translations. Screen readers read them to editors,
// so our inputs give them in Polish. One table, read by both inputs and by the e2e test.
import type { ReactNode } from "react";
export const PICKER_LABELS = {
  calendarLabel: "Wybierz datę z kalendarza",
  monthSelectLabel: "Miesiąc",
  yearSelectLabel: "Rok",
  dateLabel: "Data",
  timeLabel: "Godzina",
  clearDateLabel: "Wyczyść datę",
  clearTimeLabel: "Wyczyść godzinę",
} as const;

/** The calendar's names, as both date pickers (date, and the date of a date-time) take them. */
export const CALENDAR_PROPS = {
  calendarLabel: PICKER_LABELS.calendarLabel,
  monthSelectLabel: PICKER_LABELS.monthSelectLabel,
  yearSelectLabel: PICKER_LABELS.yearSelectLabel,
  clearLabel: PICKER_LABELS.clearDateLabel,
} as const;

/** What the content manager gives a custom field's input that our date inputs use. */
export type DateInputProps = {
  name: string;
  label?: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  labelAction?: ReactNode;
};

/** Dates later than this are refused by the pickers (as in Strapi's own inputs). */
export const MAX_DATE = new Date(2099, 11, 31);

/** The calendar day a picker chose, as Strapi stores a `date`: `YYYY-MM-DD` of that local day. */
export function dateValue(chosen: Date): string {
  const utc = new Date(Date.UTC(chosen.getFullYear(), chosen.getMonth(), chosen.getDate()));
  return utc.toISOString().slice(0, 10);
}

/** `HH:mm` of a moment in the browser's time zone (what the time picker shows). */
export function timeOfDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/**
 * The moment a date-time field holds after an edit: the chosen day (local) at the chosen `HH:mm`
 * (local), as an ISO string; no day means no value.
 */
export function dateTimeValue(day: Date | undefined, time: string): string | null {
  if (!day) return null;
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const moment = new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
  return moment.toISOString();
}
