export {
  DEFAULT_LANGUAGE,
  ICU_LOCALES,
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  languagePrefix,
  TRANSLATED_LANGUAGES,
  type TranslatedLanguage,
} from "./language.ts";
export { formatDateIn, formatIntegerIn, formatMoneyIn, formatTimeIn } from "./locale-format.ts";
export { formatDayListIn, formatRangesIn, formatRulesIn, HOURS_WORDS } from "./localized-hours.ts";
export {
  type DaySpan,
  dayPhraseIn,
  openingPhraseIn,
  statusPartsIn,
  statusPhraseIn,
  timeIn,
  todayLineIn,
} from "./localized-phrases.ts";
export { PHRASE_TABLES, type PhraseTable } from "./phrase-tables.ts";
export { SEARCH_WORDS, type SearchWords } from "./search-words.ts";
export { UI_STRINGS, type UiStringKey, type UiStrings } from "./ui-strings.ts";
