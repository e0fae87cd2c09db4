// What the accessibility check tells editors: one Polish message per warning code, each saying
// what is wrong, why it matters to someone using a screen reader (or reading on a phone) and
// how to fix it in Markdown.

/** Everything the check can report. */
export type A11yWarningCode =
  | "heading-level-1"
  | "heading-skipped"
  | "link-empty"
  | "link-no-target"
  | "link-vague"
  | "image-no-alt"
  | "capitals"
  | "table-no-header"
  | "table-empty-header-cell"
  | "pdf-link-no-summary"
  | "pdf-attachment-no-summary";

/** One finding: never an error, the editor may publish anyway. */
export interface A11yWarning {
  code: A11yWarningCode;
  /** For the editor, in Polish: what, why and how to fix it. */
  message: string;
  /** The text it is about, shortened, e.g. the heading or the link text. */
  excerpt?: string;
}

/** The details a message names. */
export interface A11yMessageDetails {
  /** The heading level found (`heading-skipped`). */
  level?: number;
  /** The level of the heading before it (`heading-skipped`). */
  previousLevel?: number;
  /** 1-based column (`table-empty-header-cell`). */
  column?: number;
  /** Link text or attachment title. */
  text?: string;
}

const HEADINGS_AS_CONTENTS = "Czytniki ekranu pokazują nagłówki jako spis treści";
const PDF_WHY =
  "pliki PDF bywają nieczytelne dla czytników ekranu i niewygodne w telefonie, więc najważniejsze informacje powinny być też na stronie";

/** The Polish message of each code. */
export const A11Y_MESSAGES: Readonly<
  Record<A11yWarningCode, (details: A11yMessageDetails) => string>
> = {
  "heading-level-1": () =>
    `Nagłówek poziomu 1 („# …”) ma tę samą rangę co tytuł strony. ${HEADINGS_AS_CONTENTS} – zacznij śródtytuły od poziomu 2 („## …”).`,
  "heading-skipped": ({ level = 0, previousLevel = 0 }) =>
    `Nagłówek poziomu ${level} po nagłówku poziomu ${previousLevel}: pominięto poziom. ${HEADINGS_AS_CONTENTS} – użyj poziomu ${previousLevel + 1}.`,
  "link-empty": () =>
    "Link bez tekstu: czytnik ekranu odczyta sam adres albo nic. Wpisz w nawiasach kwadratowych, dokąd prowadzi link, np. „[Wniosek o dodatek osłonowy](…)”.",
  "link-no-target": ({ text = "" }) =>
    `Link „${text}” nie ma adresu, więc nigdzie nie prowadzi. Wpisz adres w nawiasach okrągłych za tekstem linku albo usuń nawiasy kwadratowe.`,
  "link-vague": ({ text = "" }) =>
    `Tekst linku „${text}” nie mówi, dokąd link prowadzi. Osoby korzystające z czytnika ekranu często przeglądają same linki, bez zdań wokół nich – opisz cel linku, np. „Regulamin programu (PDF)” zamiast „${text}”.`,
  "image-no-alt": () =>
    "Obraz bez tekstu alternatywnego: osoba niewidoma nie dowie się, co przedstawia. Opisz go w nawiasach kwadratowych: „![opis obrazu](…)”.",
  capitals: () =>
    "Akapit pisany wielkimi literami czyta się trudniej, a niektóre czytniki ekranu literują takie słowa. Napisz go zwykłymi literami, a to, co najważniejsze, wyróżnij pogrubieniem („**…**”).",
  "table-no-header": () =>
    "Tabela nie ma wiersza nagłówka: czytnik ekranu nie powie, co zawierają kolumny. Wpisz nazwy kolumn w pierwszym wierszu tabeli.",
  "table-empty-header-cell": ({ column = 0 }) =>
    `Kolumna ${column} tabeli nie ma nagłówka: czytnik ekranu nie powie, co w niej jest. Wpisz nazwę kolumny w pierwszym wierszu tabeli.`,
  "pdf-link-no-summary": ({ text = "" }) =>
    `Link do pliku PDF „${text}” nie ma obok opisu: ${PDF_WHY}. Napisz w tym samym akapicie lub tuż przed nim, co zawiera dokument i do czego służy.`,
  "pdf-attachment-no-summary": ({ text = "" }) =>
    `Załącznik PDF „${text}” nie jest opisany w treści: ${PDF_WHY}. Napisz w treści, co zawiera dokument i do czego służy.`,
};

const EXCERPT_MAX_LENGTH = 80;

/** `text` on one line, cut to about 80 characters with an ellipsis. */
export function excerptOf(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= EXCERPT_MAX_LENGTH) return line;
  return `${line.slice(0, EXCERPT_MAX_LENGTH - 1).trimEnd()}…`;
}

/** A warning with its Polish message. */
export function a11yWarning(
  code: A11yWarningCode,
  details: A11yMessageDetails = {},
  excerpt?: string,
): A11yWarning {
  const message = A11Y_MESSAGES[code](details);
  return excerpt === undefined || excerpt.trim() === ""
    ? { code, message }
    : { code, message, excerpt: excerptOf(excerpt) };
}
