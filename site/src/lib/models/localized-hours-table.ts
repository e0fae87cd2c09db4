// A schedule's hours tables on a page in Ukrainian or English: weekdays, ranges, modes and the
// holiday note in the page's language (from @mops/shared); the dated parts (validity, exceptions,
// season captions) stay in Polish, marked `lang="pl"` (the fallback policy, docs/decisions.md).
import {
  formatRangesIn,
  HOURS_WORDS,
  type Language,
  type Schedule,
  UI_STRINGS,
  weekOfRules,
} from "@mops/shared";
import { linkContactsInText } from "../markdown/contact-autolink.ts";
import {
  type HoursTableView,
  type HoursVariant,
  hoursTable,
  upcomingExceptions,
  validityNote,
} from "./hours-table.ts";

const inPolish = (html: string): string => `<span lang="pl">${html}</span>`;

/** The variants' rules, in the order `hoursTable` builds its variants. */
const variantRules = (schedule: Schedule): Schedule["rules"][] => [
  ...(schedule.rules.length > 0 ? [schedule.rules] : []),
  ...schedule.seasons.map((season) => season.rules),
];

export function hoursTableIn(
  language: Language,
  schedule: Schedule,
  caption: string,
  today: string,
): HoursTableView {
  const polish = hoursTable(schedule, caption, today);
  if (language === "pl") return polish;
  const words = HOURS_WORDS[language];
  const rules = variantRules(schedule);
  const variants: HoursVariant[] = polish.variants.map((variant, index) => {
    const week = weekOfRules(rules[index] ?? []);
    return {
      ...variant,
      ...(variant.label ? { labelLang: "pl" } : {}),
      rows: variant.rows.map((row) => {
        const ranges = [...week[row.weekday]].sort((a, b) => a.opens.localeCompare(b.opens));
        const hours = formatRangesIn(language, ranges);
        return {
          ...row,
          day: words.weekdays[row.weekday],
          hours,
          hoursHtml: linkContactsInText(hours),
        };
      }),
    };
  });
  const validity = validityNote(schedule, today);
  return {
    ...polish,
    variants,
    notesHtml: [
      ...(validity ? [inPolish(linkContactsInText(validity))] : []),
      ...upcomingExceptions(schedule, today).map((text) => inPolish(linkContactsInText(text))),
      ...(schedule.closedOnHolidays ? [UI_STRINGS[language].closedOnHolidays] : []),
      ...(schedule.note ? [linkContactsInText(schedule.note)] : []),
    ],
  };
}
