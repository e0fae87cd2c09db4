import { formatTime, hhmmToMinutes, timeHint } from "../calendar/clock.ts";
import { dayOfIsoDate, monthDayKey } from "../calendar/days.ts";
import { ON_WEEKDAY, WEEKDAY_NAMES } from "../calendar/weekday-names.ts";
import { WEEKDAYS, type Weekday } from "../calendar/weekdays.ts";
import { ScheduleError } from "./errors.ts";
import { SCHEDULE_MODES, type ScheduleHours, type ScheduleRule } from "./schedule-shape.ts";

/**
 * Semantic checks of a schedule in the domain shape, without zod so the hours engine can run them
 * in the browser. Each problem is a `ScheduleError` naming the rule, with a Polish message for
 * the Strapi admin and an English detail for logs.
 */

/** Where a rule sits, in Polish and English, e.g. `"Reguła 2"` / `"rule 2"`. */
type Place = { path: string; pl: string; en: string };

const isoToPolish = (date: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? `${date.slice(8)}.${date.slice(5, 7)}.${date.slice(0, 4)}`
    : date;

const span = (opens: string, closes: string): string =>
  `${formatTime(opens)}–${formatTime(closes)}`;

type Range = { index: number; start: number; end: number; rule: ScheduleRule };

/**
 * Checks one list of rules (the schedule's own, or a season's). `plOwner`/`enOwner` name the
 * season the rules belong to (`""` for the schedule's own rules).
 */
function checkRules(
  rules: readonly ScheduleRule[],
  base: string,
  plOwner: string,
  enOwner: string,
): ScheduleError[] {
  const problems: ScheduleError[] = [];
  const byDay = new Map<Weekday, Range[]>();
  const enPrefix = enOwner ? `${enOwner} ` : "";
  const place = (index: number): Place => ({
    path: `${base}[${index}]`,
    pl: plOwner ? `${plOwner}, reguła ${index + 1}` : `Reguła ${index + 1}`,
    en: `${enPrefix}rule ${index + 1}`,
  });
  rules.forEach((rule, index) => {
    const at = place(index);
    const fail = (field: string, pl: string, en: string) =>
      problems.push(new ScheduleError(`${at.path}${field}`, `${at.pl}: ${pl}`, `${at.en} ${en}`));
    if (!SCHEDULE_MODES.includes(rule.mode)) {
      fail(".mode", `nieznany tryb „${rule.mode}”`, `has an unknown mode "${rule.mode}"`);
    }
    const seen = new Set<string>();
    for (const day of rule.days) {
      if (!(WEEKDAYS as readonly string[]).includes(day)) {
        fail(".days", `nieznany dzień tygodnia „${day}”`, `has an unknown day "${day}"`);
      } else if (seen.has(day)) {
        fail(".days", `${WEEKDAY_NAMES[day]} podano dwa razy`, `lists ${day} twice`);
      }
      seen.add(day);
    }
    if (rule.days.length === 0) {
      fail(".days", "nie zaznaczono żadnego dnia tygodnia", "has no weekday");
    }
    const start = hhmmToMinutes(rule.opens);
    const end = hhmmToMinutes(rule.closes);
    if (Number.isNaN(start)) {
      fail(
        ".opens",
        `nieprawidłowa godzina otwarcia „${rule.opens}”${timeHint(rule.opens)}`,
        `opens at a malformed time "${rule.opens}"`,
      );
    }
    if (Number.isNaN(end)) {
      fail(
        ".closes",
        `nieprawidłowa godzina zamknięcia „${rule.closes}”${timeHint(rule.closes)}`,
        `closes at a malformed time "${rule.closes}"`,
      );
    }
    if (Number.isNaN(start) || Number.isNaN(end)) return;
    if (end <= start) {
      fail(
        ".closes",
        `godzina zamknięcia (${formatTime(rule.closes)}) musi być późniejsza niż godzina otwarcia (${formatTime(rule.opens)})`,
        `closes (${rule.closes}) ${end === start ? "when" : "before"} it opens (${rule.opens})`,
      );
      return;
    }
    for (const day of seen) {
      const list = byDay.get(day as Weekday) ?? [];
      list.push({ index, start, end, rule });
      byDay.set(day as Weekday, list);
    }
  });
  const reported = new Set<string>();
  for (const day of WEEKDAYS) {
    const ranges = (byDay.get(day) ?? []).sort((a, b) => a.start - b.start || a.index - b.index);
    for (let i = 1; i < ranges.length; i++) {
      const current = ranges[i]!;
      // Compare with every earlier range still open at this start (not only the previous one).
      for (let k = 0; k < i; k++) {
        const earlier = ranges[k]!;
        if (earlier.end <= current.start) continue;
        const [first, second] =
          earlier.index < current.index ? [earlier, current] : [current, earlier];
        const key = `${first.index}/${second.index}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const at = place(second.index);
        problems.push(
          new ScheduleError(
            `${at.path}.opens`,
            `${at.pl}: godziny ${span(second.rule.opens, second.rule.closes)} nakładają się ${ON_WEEKDAY[day]} na godziny reguły ${first.index + 1} (${span(first.rule.opens, first.rule.closes)})`,
            `${at.en} (${second.rule.opens}–${second.rule.closes}) overlaps ${enPrefix}rule ${first.index + 1} (${first.rule.opens}–${first.rule.closes}) on ${day}`,
          ),
        );
      }
    }
  }
  return problems;
}

/** The set of leap-year day-of-year slots a season covers (for overlap checks). */
function seasonSlots(from: number, to: number): Set<number> {
  const slots = new Set<number>();
  for (let month = 1; month <= 12; month++) {
    for (let day = 1; day <= 31; day++) {
      const key = month * 100 + day;
      if (
        Number.isNaN(monthDayKey(`${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`))
      )
        continue;
      if (from <= to ? key >= from && key <= to : key >= from || key <= to) slots.add(key);
    }
  }
  return slots;
}

function checkSeasons(hours: ScheduleHours): ScheduleError[] {
  const problems: ScheduleError[] = [];
  const covered: { index: number; label: string; slots: Set<number> }[] = [];
  hours.seasons.forEach((season, index) => {
    const path = `seasons[${index}]`;
    const pl = `Sezon „${season.label}”`;
    const en = `season ${index + 1}`;
    const from = monthDayKey(season.fromMonthDay);
    const to = monthDayKey(season.toMonthDay);
    if (Number.isNaN(from)) {
      problems.push(
        new ScheduleError(
          `${path}.fromMonthDay`,
          `${pl}: nieprawidłowy początek „${season.fromMonthDay}” (oczekiwano MM-DD)`,
          `${en} starts on a malformed month-day "${season.fromMonthDay}"`,
        ),
      );
    }
    if (Number.isNaN(to)) {
      problems.push(
        new ScheduleError(
          `${path}.toMonthDay`,
          `${pl}: nieprawidłowy koniec „${season.toMonthDay}” (oczekiwano MM-DD)`,
          `${en} ends on a malformed month-day "${season.toMonthDay}"`,
        ),
      );
    }
    problems.push(...checkRules(season.rules, `${path}.rules`, pl, en));
    if (Number.isNaN(from) || Number.isNaN(to)) return;
    const slots = seasonSlots(from, to);
    for (const other of covered) {
      if ([...slots].some((slot) => other.slots.has(slot))) {
        problems.push(
          new ScheduleError(
            `${path}.fromMonthDay`,
            `${pl}: okres pokrywa się z sezonem „${other.label}”`,
            `${en} overlaps season ${other.index + 1}`,
          ),
        );
      }
    }
    covered.push({ index, label: season.label, slots });
  });
  return problems;
}

function checkValidity(hours: ScheduleHours): ScheduleError[] {
  const problems: ScheduleError[] = [];
  const from =
    hours.validFrom === undefined ? Number.NEGATIVE_INFINITY : dayOfIsoDate(hours.validFrom);
  const to = hours.validTo === undefined ? Number.POSITIVE_INFINITY : dayOfIsoDate(hours.validTo);
  if (Number.isNaN(from)) {
    problems.push(
      new ScheduleError(
        "validFrom",
        `Nieprawidłowa data początku obowiązywania „${hours.validFrom}”`,
        `validFrom is not a date: "${hours.validFrom}"`,
      ),
    );
  }
  if (Number.isNaN(to)) {
    problems.push(
      new ScheduleError(
        "validTo",
        `Nieprawidłowa data końca obowiązywania „${hours.validTo}”`,
        `validTo is not a date: "${hours.validTo}"`,
      ),
    );
  }
  if (to < from) {
    problems.push(
      new ScheduleError(
        "validTo",
        `Data końca obowiązywania (${isoToPolish(hours.validTo!)}) nie może być wcześniejsza niż data początku (${isoToPolish(hours.validFrom!)})`,
        `validTo (${hours.validTo}) is before validFrom (${hours.validFrom})`,
      ),
    );
  }
  return problems;
}

function checkExceptions(hours: ScheduleHours): ScheduleError[] {
  const problems: ScheduleError[] = [];
  const open: {
    index: number;
    from: number;
    to: number;
    start: number;
    end: number;
    label: string;
  }[] = [];
  hours.exceptions.forEach((exception, index) => {
    const path = `exceptions[${index}]`;
    const pl = `Wyjątek ${index + 1}`;
    const en = `exception ${index + 1}`;
    const fail = (field: string, message: string, detail: string) =>
      problems.push(new ScheduleError(`${path}.${field}`, `${pl}: ${message}`, `${en} ${detail}`));
    const from = dayOfIsoDate(exception.from);
    const to = exception.to === undefined ? from : dayOfIsoDate(exception.to);
    if (Number.isNaN(from))
      fail(
        "from",
        `nieprawidłowa data „${exception.from}”`,
        `starts on a malformed date "${exception.from}"`,
      );
    if (Number.isNaN(to))
      fail(
        "to",
        `nieprawidłowa data „${exception.to}”`,
        `ends on a malformed date "${exception.to}"`,
      );
    if (to < from) {
      fail(
        "to",
        `data końcowa (${isoToPolish(exception.to!)}) nie może być wcześniejsza niż data początkowa (${isoToPolish(exception.from)})`,
        `ends (${exception.to}) before it starts (${exception.from})`,
      );
    }
    if (exception.mode !== undefined && !SCHEDULE_MODES.includes(exception.mode)) {
      fail("mode", `nieznany tryb „${exception.mode}”`, `has an unknown mode "${exception.mode}"`);
    }
    if (exception.closed) {
      if (exception.opens !== undefined || exception.closes !== undefined)
        fail(
          exception.opens !== undefined ? "opens" : "closes",
          "zaznaczono „nieczynne”, a podano godziny: usuń godziny albo odznacz „nieczynne”",
          "is closed but has hours",
        );
      return;
    }
    if (exception.opens === undefined) {
      fail(
        "opens",
        "podaj godzinę otwarcia albo zaznacz „nieczynne”",
        "is not closed but has no opening time",
      );
    }
    if (exception.closes === undefined) {
      fail(
        "closes",
        "podaj godzinę zamknięcia albo zaznacz „nieczynne”",
        "is not closed but has no closing time",
      );
    }
    if (exception.opens === undefined || exception.closes === undefined) return;
    const start = hhmmToMinutes(exception.opens);
    const end = hhmmToMinutes(exception.closes);
    if (Number.isNaN(start))
      fail(
        "opens",
        `nieprawidłowa godzina otwarcia „${exception.opens}”${timeHint(exception.opens)}`,
        `opens at a malformed time "${exception.opens}"`,
      );
    if (Number.isNaN(end))
      fail(
        "closes",
        `nieprawidłowa godzina zamknięcia „${exception.closes}”${timeHint(exception.closes)}`,
        `closes at a malformed time "${exception.closes}"`,
      );
    if (Number.isNaN(start) || Number.isNaN(end)) return;
    if (end <= start) {
      fail(
        "closes",
        `godzina zamknięcia (${formatTime(exception.closes)}) musi być późniejsza niż godzina otwarcia (${formatTime(exception.opens)})`,
        `closes (${exception.closes}) ${end === start ? "when" : "before"} it opens (${exception.opens})`,
      );
      return;
    }
    if (Number.isNaN(from) || Number.isNaN(to)) return;
    for (const other of open) {
      if (other.from <= to && from <= other.to && other.start < end && start < other.end) {
        fail(
          "opens",
          `godziny ${span(exception.opens, exception.closes)} nakładają się na godziny wyjątku ${other.index + 1} (${other.label})`,
          `(${exception.opens}–${exception.closes}) overlaps exception ${other.index + 1} (${other.label})`,
        );
      }
    }
    open.push({ index, from, to, start, end, label: span(exception.opens, exception.closes) });
  });
  return problems;
}

/** Every problem of a schedule, in a stable order (rules, seasons, validity, exceptions). */
export function scheduleProblems(hours: ScheduleHours): ScheduleError[] {
  return [
    ...checkRules(hours.rules, "rules", "", ""),
    ...checkSeasons(hours),
    ...checkValidity(hours),
    ...checkExceptions(hours),
  ];
}

/** Throws the first problem of a schedule as a `ScheduleError`. */
export function assertValidHours(hours: ScheduleHours): void {
  const [first] = scheduleProblems(hours);
  if (first) throw first;
}
