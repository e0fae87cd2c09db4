// A schedule's week as short lines in a language, days with the same hours grouped: what the
// open-now block shows without JavaScript. True on any day (no "today"), so the HTML does not
// depend on the build day. Season names stay Polish (the editors' words, the fallback policy).
import { formatRules, formatRulesIn, type Language, type Schedule } from "@mops/shared";
import { REST_OF_YEAR } from "./hours-table.ts";

export interface WeekLine {
  /** The season the line belongs to (Polish), or REST_OF_YEAR beside seasons. */
  season?: string;
  /** Days and hours, e.g. "poniedziałek–piątek: 7:30–15:30". */
  hours: string;
}

const linesOf = (language: Language, rules: Schedule["rules"]): string[] =>
  (language === "pl" ? formatRules(rules) : formatRulesIn(language, rules)).map(
    (line) => line.text,
  );

export function weekLinesIn(language: Language, schedule: Schedule): WeekLine[] {
  const seasonal = schedule.seasons.length > 0;
  const regular = schedule.rules.length > 0 ? linesOf(language, schedule.rules) : [];
  return [
    ...regular.map((hours) => (seasonal ? { season: REST_OF_YEAR, hours } : { hours })),
    ...schedule.seasons.flatMap((season) =>
      linesOf(language, season.rules).map((hours) => ({ season: season.label, hours })),
    ),
  ];
}
