// The opening-hours editor in a translation: the hours are one copy for every language (shown,
// not edited, there); their Polish texts (notes, exceptions' reasons, seasons' names) are
// translated into the schedule's `hoursTranslations`, keyed by the Polish text.
import { hoursTextsOf } from "@mops/shared";
import type { FormHours } from "./hours-form";

/** The hours' fields of the form in a translation, with its texts. */
export type FormTranslatedHours = FormHours & {
  hoursTranslations?: Record<string, string> | null;
};

/** One Polish text of the hours and its translation as typed (`""` where none yet). */
export type TranslationRow = { text: string; translation: string };

/** The locale the content manager edits, from its query (`plugins[i18n][locale]`); Polish if none. */
export function editedLocale(query: unknown): string {
  const locale = (query as { plugins?: { i18n?: { locale?: unknown } } } | null)?.plugins?.i18n
    ?.locale;
  return typeof locale === "string" && locale !== "" ? locale : "pl";
}

/** Each Polish text of the hours, in the order the editor shows them, with its translation. */
export function translationRows(values: FormTranslatedHours): TranslationRow[] {
  const map = values.hoursTranslations ?? {};
  return hoursTextsOf(values).map((text) => ({
    text,
    translation: Object.hasOwn(map, text) ? (map[text] ?? "") : "",
  }));
}

/**
 * The translations with `text` translated as `translation`; a blank one is removed (the site then
 * shows the Polish text), and so are those of texts the hours no longer have.
 */
export function withTranslation(
  values: FormTranslatedHours,
  text: string,
  translation: string,
): Record<string, string> {
  const map = { ...(values.hoursTranslations ?? {}), [text]: translation };
  const next: Record<string, string> = {};
  for (const source of hoursTextsOf(values)) {
    const value = Object.hasOwn(map, source) ? map[source] : undefined;
    if (value !== undefined && value.trim() !== "") next[source] = value;
  }
  return next;
}
