import type { Language } from "./language.ts";

/**
 * The site search's words in one language. The search page hands them to the browser island as
 * JSON (the island bundles none); the count picks its form by the language's plural rules
 * (`Intl.PluralRules`, native in browsers). `{n}` stands for the count, `{q}` for the query.
 */
export type SearchWords = {
  /** The search field's label. */
  label: string;
  /** Said while the index loads. */
  searching: string;
  /** Said when the index cannot be loaded. */
  unavailable: string;
  /** No results. */
  none: string;
  /** Results, by plural category of the count; `other` when the language has no own form. */
  results: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };
  /** Said without JavaScript. */
  noScript: string;
};

export const SEARCH_WORDS: Readonly<Record<Language, SearchWords>> = {
  pl: {
    label: "Czego szukasz?",
    searching: "Szukam…",
    unavailable: "Wyszukiwarka jest chwilowo niedostępna. Spróbuj ponownie później.",
    none: "Brak wyników dla „{q}”.",
    results: {
      one: "{n} wynik dla „{q}”.",
      few: "{n} wyniki dla „{q}”.",
      many: "{n} wyników dla „{q}”.",
      other: "{n} wyników dla „{q}”.",
    },
    noScript: "Wyszukiwarka działa w przeglądarce i wymaga włączonego JavaScriptu.",
  },
  uk: {
    label: "Що ви шукаєте?",
    searching: "Шукаю…",
    unavailable: "Пошук тимчасово недоступний. Спробуйте пізніше.",
    none: "Немає результатів для «{q}».",
    results: {
      one: "{n} результат для «{q}».",
      few: "{n} результати для «{q}».",
      many: "{n} результатів для «{q}».",
      other: "{n} результату для «{q}».",
    },
    noScript: "Пошук працює в браузері й потребує ввімкненого JavaScript.",
  },
  en: {
    label: "What are you looking for?",
    searching: "Searching…",
    unavailable: "Search is unavailable at the moment. Please try again later.",
    none: "No results for “{q}”.",
    results: { one: "{n} result for “{q}”.", other: "{n} results for “{q}”." },
    noScript: "Search runs in your browser and needs JavaScript turned on.",
  },
};
