import { z } from "zod";

/**
 * The hours of a schedule are one copy for every language; only their texts are translated.
 * A translation keeps them in `hoursTranslations`: a map from the Polish text (a range's note, an
 * exception's reason, a season's label) to the text in the translation's language. Keyed by the
 * Polish text, so reordering ranges keeps the translations, one text used twice is translated
 * once, and a text changed in Polish falls back to Polish until it is translated again.
 */

/** `hoursTranslations` as stored: Polish text → translated text; `null` (Polish, untranslated) reads as empty. */
export const hoursTranslationsSchema = z
  .record(z.string(), z.string())
  .nullish()
  .transform((map) => map ?? {});
export type HoursTranslations = Record<string, string>;

type WithNote = { note?: string | null };
type WithReason = { reason?: string | null };
type WithSeason<R> = { label?: string | null; rules?: readonly R[] | null };

/** The texts of a schedule's hours shape, any shape that has them (form, REST or domain). */
type HoursTexts<R extends WithNote, S extends WithSeason<R>, E extends WithReason> = {
  rules?: readonly R[] | null;
  seasons?: readonly S[] | null;
  exceptions?: readonly E[] | null;
};

/** The distinct non-blank Polish texts of the hours that a translation translates, in the order shown. */
export function hoursTextsOf<R extends WithNote, S extends WithSeason<R>, E extends WithReason>(
  hours: HoursTexts<R, S, E>,
): string[] {
  const texts = [
    ...(hours.rules ?? []).map((rule) => rule.note),
    ...(hours.seasons ?? []).flatMap((season) => [
      season.label,
      ...(season.rules ?? []).map((rule) => rule.note),
    ]),
    ...(hours.exceptions ?? []).map((exception) => exception.reason),
  ];
  return [...new Set(texts.map((text) => text?.trim() ?? "").filter((text) => text !== ""))];
}

/** The translation of a Polish text, or the Polish text where none (or a blank one) is given. */
export function translateHoursText(
  text: string,
  translations: Readonly<Record<string, string>>,
): string {
  const key = text.trim();
  const translated = Object.hasOwn(translations, key) ? translations[key]?.trim() : undefined;
  return translated ? translated : text;
}

const noteOf = <T extends WithNote>(item: T, translations: Readonly<Record<string, string>>): T =>
  item.note ? { ...item, note: translateHoursText(item.note, translations) } : item;

/** The hours with their texts in the translation's language, Polish where a text has no translation. */
export function translateHours<
  R extends WithNote,
  S extends WithSeason<R>,
  E extends WithReason,
  H extends HoursTexts<R, S, E>,
>(hours: H, translations: Readonly<Record<string, string>>): H {
  return {
    ...hours,
    rules: hours.rules?.map((rule) => noteOf(rule, translations)),
    seasons: hours.seasons?.map((season) => ({
      ...season,
      label: season.label ? translateHoursText(season.label, translations) : season.label,
      rules: season.rules?.map((rule) => noteOf(rule, translations)),
    })),
    exceptions: hours.exceptions?.map((exception) =>
      exception.reason
        ? { ...exception, reason: translateHoursText(exception.reason, translations) }
        : exception,
    ),
  };
}

/**
 * The translations of a schedule's texts given the Polish hours and the same hours with the
 * texts translated in place (as the fixture translations write them, or as a schedule translated
 * before the hours were shared): each Polish text that differs from its counterpart, by position.
 * Lists of different lengths pair nothing.
 */
export function hoursTranslationsBetween<
  R extends WithNote,
  S extends WithSeason<R>,
  E extends WithReason,
>(polish: HoursTexts<R, S, E>, translated: HoursTexts<R, S, E>): HoursTranslations {
  const pairs: [string | null | undefined, string | null | undefined][] = [];
  const pairList = <T>(
    a: readonly T[] | null | undefined,
    b: readonly T[] | null | undefined,
    each: (x: T, y: T) => void,
  ) => {
    if (!a || !b || a.length !== b.length) return;
    a.forEach((item, i) => {
      each(item, b[i]!);
    });
  };
  pairList(polish.rules, translated.rules, (a, b) => {
    pairs.push([a.note, b.note]);
  });
  pairList(polish.seasons, translated.seasons, (a, b) => {
    pairs.push([a.label, b.label]);
    pairList(a.rules, b.rules, (x, y) => {
      pairs.push([x.note, y.note]);
    });
  });
  pairList(polish.exceptions, translated.exceptions, (a, b) => {
    pairs.push([a.reason, b.reason]);
  });
  const map: HoursTranslations = {};
  for (const [source, target] of pairs) {
    const from = source?.trim();
    const to = target?.trim();
    if (from && to && from !== to && !Object.hasOwn(map, from)) map[from] = to;
  }
  return map;
}
