// A schedule's hours as tables residents read: the regular week and each season, days with the
// same hours grouped ("poniedziałek – wtorek, czwartek – piątek" | "9:00–11:00 i 13:00–14:00"),
// modes and notes in brackets, closed days between open ones ("środa" | "nieczynne"), then its
// validity, upcoming exceptions and notes. The wording comes from @mops/shared.
import {
  formatDateRange,
  formatRanges,
  formatSchedule,
  formatValidity,
  type Schedule,
} from "@mops/shared";

export interface HoursRow {
  day: string;
  hours: string;
}

export interface HoursVariant {
  /** Season label; for the regular week only when there are seasons. */
  label?: string;
  rows: HoursRow[];
}

export interface HoursTableView {
  id: string;
  caption: string;
  variants: HoursVariant[];
  /** Validity, upcoming exceptions, holidays and the editor's note. */
  notes: string[];
}

/** "YYYY-MM-DD" strings compare in date order. */
function upcomingExceptions(schedule: Schedule, today: string): string[] {
  return schedule.exceptions
    .filter((exception) => (exception.to ?? exception.from) >= today)
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((exception) => {
      const when = formatDateRange(exception.from, exception.to ?? exception.from);
      const hours =
        exception.closed || !exception.opens || !exception.closes
          ? "nieczynne"
          : formatRanges([
              {
                opens: exception.opens,
                closes: exception.closes,
                mode: exception.mode ?? "in_person",
              },
            ]);
      return `${when}: ${hours} (${exception.reason}).`;
    });
}

function validityNote(schedule: Schedule, today: string): string | undefined {
  const future = schedule.validFrom !== undefined && schedule.validFrom > today;
  if (!future && schedule.validTo === undefined) return undefined;
  return `Obowiązuje ${formatValidity(schedule)}.`;
}

export function hoursTable(schedule: Schedule, caption: string, today: string): HoursTableView {
  const sections = formatSchedule(schedule);
  const seasonal = sections.some((section) => section.season !== undefined);
  const variants = sections.map((section) => ({
    label: section.season ?? (seasonal ? "w pozostałym okresie" : undefined),
    rows: section.lines.map((line) => ({ day: line.dayLabel, hours: line.hours })),
  }));
  const validity = validityNote(schedule, today);
  return {
    id: `godziny-${schedule.documentId}`.toLowerCase(),
    caption,
    variants,
    notes: [
      ...(validity ? [validity] : []),
      ...upcomingExceptions(schedule, today),
      ...(schedule.closedOnHolidays ? ["W dni ustawowo wolne od pracy nieczynne."] : []),
      ...(schedule.note ? [schedule.note] : []),
    ],
  };
}
