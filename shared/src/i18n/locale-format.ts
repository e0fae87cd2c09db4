import { civilFromDays } from "../calendar/days.ts";
import { toWarsaw } from "../calendar/warsaw-time.ts";
import { formatDate } from "../format/date.ts";
import { formatInteger, formatMoney, NBSP } from "../format/money.ts";
import type { Language } from "./language.ts";
import { timeIn } from "./localized-phrases.ts";
import { PHRASE_TABLES } from "./phrase-tables.ts";

/**
 * Dates, times and amounts in each language, by the conventions ICU (CLDR) gives the language:
 * Ukrainian `"7 червня 2021 р."`, `"1 542,20 PLN"`; British English `"7 June 2021"`,
 * `"PLN 1,542.20"`; both with the 24-hour clock `"09:00"`. Polish is the existing formatting.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Warsaw calendar day of a date `"YYYY-MM-DD"` or an instant, as `[year, month, day]`. */
function warsawDay(value: string | Date | number): [number, number, number] {
  const match = typeof value === "string" ? DATE_PATTERN.exec(value) : null;
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3])];
  const epochMs =
    typeof value === "string"
      ? Date.parse(value)
      : typeof value === "number"
        ? value
        : value.getTime();
  if (Number.isNaN(epochMs)) throw new RangeError(`not a date or instant: "${String(value)}"`);
  return civilFromDays(toWarsaw(epochMs).day);
}

/** A date as residents read it in the language: `"7 czerwca 2021"`, `"7 червня 2021 р."`, `"7 June 2021"`. */
export function formatDateIn(language: Language, value: string | Date | number): string {
  if (language === "pl") return formatDate(value);
  const table = PHRASE_TABLES[language];
  const [year, month, day] = warsawDay(value);
  return `${day} ${table.months[month - 1]} ${year}${table.yearSuffix}`;
}

/** A time of day `"HH:MM"` in the language: `"9:00"` in Polish, `"09:00"` in Ukrainian and English. */
export function formatTimeIn(language: Language, hhmm: string): string {
  return timeIn(PHRASE_TABLES[language], hhmm);
}

type NumberStyle = { group: string; decimal: string; money: (digits: string) => string };

const NUMBER_STYLES: Readonly<Record<Exclude<Language, "pl">, NumberStyle>> = {
  uk: { group: NBSP, decimal: ",", money: (digits) => `${digits}${NBSP}PLN` },
  en: { group: ",", decimal: ".", money: (digits) => `PLN${NBSP}${digits}` },
};

const grouped = (digits: string, group: string): string =>
  digits.replace(/\B(?=(\d{3})+$)/g, group);

/** An amount in PLN: `"1542,20 zł"`, `"1 542,20 PLN"`, `"PLN 1,542.20"`; negative with a leading minus. */
export function formatMoneyIn(language: Language, amount: number): string {
  if (language === "pl") return formatMoney(amount);
  if (!Number.isFinite(amount)) throw new RangeError(`not an amount: ${amount}`);
  const style = NUMBER_STYLES[language];
  const grosze = Math.round(Number(`${Math.abs(amount)}e2`));
  const whole = grouped(Math.floor(grosze / 100).toString(), style.group);
  const rest = (grosze % 100).toString().padStart(2, "0");
  const sign = amount < 0 && grosze > 0 ? "-" : "";
  return `${sign}${style.money(`${whole}${style.decimal}${rest}`)}`;
}

/** An integer: `"50 000"` (Polish, from five digits), `"5 000"`, `"5,000"`. */
export function formatIntegerIn(language: Language, value: number): string {
  if (language === "pl") return formatInteger(value);
  const digits = grouped(Math.abs(Math.trunc(value)).toString(), NUMBER_STYLES[language].group);
  return `${value < 0 ? "-" : ""}${digits}`;
}
