/** The languages residents can read the site in: Polish (the default, at the root), Ukrainian, English. */
export const LANGUAGES = ["pl", "uk", "en"] as const;

/** A resident-facing language, as a BCP 47 tag (the `lang` attribute and the CMS locale). */
export type Language = (typeof LANGUAGES)[number];

/** The default language: Polish pages live at the site root, the others under `/uk/`, `/en/`. */
export const DEFAULT_LANGUAGE = "pl" satisfies Language;

/** A language other than Polish: what translations (CMS locales, `/uk/`, `/en/` pages) are in. */
export type TranslatedLanguage = Exclude<Language, typeof DEFAULT_LANGUAGE>;

/** The languages other than Polish, in the order of `LANGUAGES`. */
export const TRANSLATED_LANGUAGES: readonly TranslatedLanguage[] = LANGUAGES.filter(
  (language): language is TranslatedLanguage => language !== DEFAULT_LANGUAGE,
);

/** Each language in its own name, as a language switcher names it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  pl: "Polski",
  uk: "Українська",
  en: "English",
};

/**
 * The ICU locale whose conventions a language's dates, times and amounts follow: British English
 * (day before month, 24-hour clock), as residents in Poland expect.
 */
export const ICU_LOCALES: Readonly<Record<Language, string>> = {
  pl: "pl",
  uk: "uk",
  en: "en-GB",
};

/** Whether a string names one of the site's languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The path prefix of a language: `""` for Polish (the root), `"/uk"`, `"/en"`. */
export function languagePrefix(language: Language): string {
  return language === DEFAULT_LANGUAGE ? "" : `/${language}`;
}
