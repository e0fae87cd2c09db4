// A schedule's hours as tables residents read: the regular week and each season (headed by its
// dates, "1 lipca – 31 sierpnia"), every day Monday to Sunday with closed days written out
// ("niedziela" | "nieczynne"), then the schedule's validity, upcoming exceptions and notes. No row
// is marked as today: the HTML does not depend on the day; the open-now island marks the
// visitor's today (`hours-today-island.ts`). The wording comes from @mops/shared.
import {
  formatException,
  formatMonthDayRange,
  formatRanges,
  formatSchedule,
  formatValidity,
  type Schedule,
  WEEKDAY_NAMES,
  WEEKDAYS,
  type Weekday,
  weekOfRules,
} from "@mops/shared";
import { linkContactsInText } from "../markdown/contact-autolink.ts";
import type { TableSpan } from "./hours-today.ts";

export interface HoursRow {
  weekday: Weekday;
  /** The day as `Date#getUTCDay` numbers it (0 = Sunday), for the island. */
  dayOfWeek: number;
  day: string;
  hours: string;
  /** `hours` as HTML, phones and e-mails in notes linked. */
  hoursHtml: string;
}

export interface HoursVariant extends TableSpan {
  /** Table caption: a season's dates and label; for the regular week only when there are seasons. */
  label?: string;
  /** The caption's language when it is not the page's (Polish on a translated page). */
  labelLang?: string;
  rows: HoursRow[];
}

export interface HoursTableView {
  id: string;
  caption: string;
  variants: HoursVariant[];
  validFrom?: string;
  validTo?: string;
  /** Validity, upcoming exceptions, holidays and the editor's note, as HTML (phones and e-mails linked). */
  notesHtml: string[];
}

/** The caption of the regular week beside seasons. */
export const REST_OF_YEAR = "w pozostałym okresie";

const weekRows = (rules: Schedule["rules"]): HoursRow[] => {
  const week = weekOfRules(rules);
  return WEEKDAYS.map((weekday, index) => {
    const hours = formatRanges([...week[weekday]].sort((a, b) => a.opens.localeCompare(b.opens)));
    return {
      weekday,
      dayOfWeek: (index + 1) % 7,
      day: WEEKDAY_NAMES[weekday],
      hours,
      hoursHtml: linkContactsInText(hours),
    };
  });
};

/** The tables of a schedule: the regular week (when it has rules), then each season. */
function variantsOf(schedule: Schedule): HoursVariant[] {
  const seasonal = schedule.seasons.length > 0;
  const regular: HoursVariant[] =
    schedule.rules.length > 0
      ? [{ label: seasonal ? REST_OF_YEAR : undefined, rows: weekRows(schedule.rules) }]
      : [];
  return [
    ...regular,
    ...schedule.seasons.map((season) => ({
      label: `${formatMonthDayRange(season.fromMonthDay, season.toMonthDay)} (${season.label})`,
      from: season.fromMonthDay,
      to: season.toMonthDay,
      rows: weekRows(season.rules),
    })),
  ];
}

/** Short lines of a schedule's hours, days with the same hours grouped, for summaries. */
export function hoursLines(schedule: Schedule): string[] {
  const sections = formatSchedule(schedule);
  const seasonal = sections.some((section) => section.season !== undefined);
  return sections.flatMap((section) => {
    const prefix = section.season ?? (seasonal ? REST_OF_YEAR : undefined);
    return section.lines.map((line) => (prefix ? `${prefix}, ${line.text}` : line.text));
  });
}

/** "YYYY-MM-DD" strings compare in date order. */
export function upcomingExceptions(schedule: Schedule, today: string): string[] {
  return schedule.exceptions
    .filter((exception) => (exception.to ?? exception.from) >= today)
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((exception) => `${formatException(exception)}.`);
}

export function validityNote(schedule: Schedule, today: string): string | undefined {
  const future = schedule.validFrom !== undefined && schedule.validFrom > today;
  if (!future && schedule.validTo === undefined) return undefined;
  return `Obowiązuje ${formatValidity(schedule)}.`;
}

export function hoursTable(schedule: Schedule, caption: string, today: string): HoursTableView {
  const variants = variantsOf(schedule);
  const validity = validityNote(schedule, today);
  return {
    id: `godziny-${schedule.documentId}`.toLowerCase(),
    caption,
    variants,
    validFrom: schedule.validFrom,
    validTo: schedule.validTo,
    notesHtml: [
      ...(validity ? [validity] : []),
      ...upcomingExceptions(schedule, today),
      ...(schedule.closedOnHolidays ? ["W dni ustawowo wolne od pracy nieczynne."] : []),
      ...(schedule.note ? [schedule.note] : []),
    ].map(linkContactsInText),
  };
}
