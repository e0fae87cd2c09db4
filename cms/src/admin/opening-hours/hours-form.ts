// The opening-hours editor's logic, free of React: the schedule's `rules` and `exceptions` as the
// content manager's form holds them (weekday booleans, `"HH:MM:SS.mmm"` times, `null` for empty
// fields, `__temp_key__` on each item), edits that return new lists, and what the editor shows
// from them, computed by the shared rules, formatter and engine the server and the site use.
import {
  dayOfIsoDate,
  formatException,
  formatSchedule,
  fromWarsaw,
  hhmmToMinutes,
  type ScheduleError,
  scheduleErrors,
  statusAt,
  statusPhrase,
  validateSchedule,
  type WeekdayField,
} from "@mops/shared";

/** A `schedule.rule` item of the form. */
export type FormRule = {
  id?: number;
  __temp_key__?: string;
  opens?: string | null;
  closes?: string | null;
  mode?: string | null;
  note?: string | null;
} & { [K in WeekdayField]?: boolean | null };

/** A `schedule.exception` item of the form. */
export type FormException = {
  id?: number;
  __temp_key__?: string;
  from?: string | null;
  to?: string | null;
  closed?: boolean | null;
  opens?: string | null;
  closes?: string | null;
  mode?: string | null;
  reason?: string | null;
};

/** A `schedule.season` item of the form: a part of the year with its own week. */
export type FormSeason = {
  id?: number;
  __temp_key__?: string;
  label?: string | null;
  fromMonthDay?: string | null;
  toMonthDay?: string | null;
  rules?: FormRule[] | null;
};

/** The schedule's hours fields of the form. */
export type FormHours = {
  rules?: FormRule[] | null;
  seasons?: FormSeason[] | null;
  exceptions?: FormException[] | null;
  validFrom?: string | null;
  validTo?: string | null;
  closedOnHolidays?: boolean | null;
};

/** Weekday flags Monday first, with the chip text and the full name screen readers hear. */
export const WEEKDAY_CHIPS: ReadonlyArray<{ field: WeekdayField; chip: string; name: string }> = [
  { field: "monday", chip: "pn", name: "poniedziałek" },
  { field: "tuesday", chip: "wt", name: "wtorek" },
  { field: "wednesday", chip: "śr", name: "środa" },
  { field: "thursday", chip: "czw", name: "czwartek" },
  { field: "friday", chip: "pt", name: "piątek" },
  { field: "saturday", chip: "sob", name: "sobota" },
  { field: "sunday", chip: "nd", name: "niedziela" },
];

/** The reception modes in Polish, as the select offers them. */
export const MODE_OPTIONS: ReadonlyArray<{ value: string; label: string }> = [
  { value: "in_person", label: "przyjęcia osobiste" },
  { value: "phone_only", label: "tylko telefonicznie" },
  { value: "by_appointment", label: "po wcześniejszym umówieniu" },
  { value: "priority", label: "pierwszeństwo dla umówionych" },
];

const fullTime = /^(\d{2}):(\d{2}):\d{2}(\.\d{1,3})?$/;
const typedTime = /^(\d{1,2})[:.](\d{2})$/;

/** A stored time as the editor shows it: `"09:00:00.000"` → `"9:00"`; anything else as it is. */
export function timeText(value: string | null | undefined): string {
  const match = fullTime.exec(value ?? "");
  return match ? `${Number(match[1])}:${match[2]}` : (value ?? "");
}

/**
 * What the editor typed, as the form stores it: `"9:00"` or `"9.00"` → `"09:00:00.000"`; empty →
 * `null`; anything else as typed, so the rules report it.
 */
export function timeValue(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const match = typedTime.exec(trimmed);
  return match ? `${match[1]!.padStart(2, "0")}:${match[2]}:00.000` : trimmed;
}

/** A key after `last` in the content manager's fractional-index order (`"a1"` → `"a1V"`). */
export function keyAfter(last: string | undefined): string {
  return last ? `${last}V` : "a0";
}

/** A new range: Monday to Friday 9:00–15:00 in person, the commonest office hours. */
export function newRule(rules: readonly FormRule[]): FormRule {
  return {
    __temp_key__: keyAfter(rules.at(-1)?.__temp_key__),
    monday: true,
    tuesday: true,
    wednesday: true,
    thursday: true,
    friday: true,
    saturday: false,
    sunday: false,
    opens: "09:00:00.000",
    closes: "15:00:00.000",
    mode: "in_person",
    note: null,
  };
}

/** A new exception: a closure on `date` without a reason yet. */
export function newException(exceptions: readonly FormException[], date: string): FormException {
  return {
    __temp_key__: keyAfter(exceptions.at(-1)?.__temp_key__),
    from: date,
    to: null,
    closed: true,
    opens: null,
    closes: null,
    mode: null,
    reason: "",
  };
}

/** A new season: the summer holidays (1 July – 31 August) with no hours yet. */
export function newSeason(seasons: readonly FormSeason[]): FormSeason {
  return {
    __temp_key__: keyAfter(seasons.at(-1)?.__temp_key__),
    label: "lipiec – sierpień",
    fromMonthDay: "07-01",
    toMonthDay: "08-31",
    rules: [],
  };
}

/** `items` with item `index` changed by `patch`. */
export function patchItem<T extends object>(
  items: readonly T[],
  index: number,
  patch: Partial<T>,
): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

/** `items` without item `index`. */
export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

const hoursInput = (hours: FormHours) => ({
  rules: hours.rules ?? [],
  seasons: hours.seasons ?? [],
  exceptions: hours.exceptions ?? [],
  validFrom: hours.validFrom ?? null,
  validTo: hours.validTo ?? null,
  closedOnHolidays: hours.closedOnHolidays ?? true,
});

/** The shared rules' problems of the hours, by field path (e.g. `"rules[1].closes"`). */
export function hoursErrors(hours: FormHours): ScheduleError[] {
  return scheduleErrors(hoursInput(hours));
}

/** The message of the first problem at `path` or inside it (`"rules[0]"` covers its fields). */
export function errorAt(errors: readonly ScheduleError[], path: string): string | undefined {
  return errors.find((e) => e.path === path || e.path.startsWith(`${path}.`))?.message;
}

/** The regular week and seasons in the lines the site shows; exceptions after them. */
export function hoursSummary(hours: FormHours): string[] {
  if (hoursErrors(hours).length > 0) return [];
  const schedule = validateSchedule(hoursInput(hours));
  const sections = formatSchedule(schedule);
  const seasonal = sections.some((section) => section.season !== undefined);
  const week = sections.flatMap((section) => {
    const prefix = section.season ?? (seasonal ? "w pozostałym okresie" : undefined);
    return section.lines.map((line) => (prefix ? `${prefix}, ${line.text}` : line.text));
  });
  const exceptions = [...schedule.exceptions]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map(formatException);
  return [...week, ...exceptions];
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const clock = /^\d{1,2}:\d{2}$/;

/**
 * The status the site's "open now" shows at a Warsaw date and time (`"2026-12-07"`, `"10:00"`),
 * e.g. `"otwarte do 11:00"`; `undefined` while the hours or the moment are invalid.
 */
export function statusText(hours: FormHours, date: string, time: string): string | undefined {
  if (!isoDate.test(date) || !clock.test(time) || hoursErrors(hours).length > 0) return undefined;
  const minutes = hhmmToMinutes(time.padStart(5, "0"));
  if (Number.isNaN(minutes) || minutes >= 24 * 60) return undefined;
  const at = fromWarsaw(dayOfIsoDate(date), minutes);
  return statusPhrase(statusAt(validateSchedule(hoursInput(hours)), at), at);
}
