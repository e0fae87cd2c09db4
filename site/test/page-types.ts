// The page types of an office's site and one sample page of each from a built site: what the
// Lighthouse test audits and the screenshots show (site/scripts/screenshots.ts).
import { listFiles, urlPathOf } from "../src/lib/checks/built-site.ts";

export interface PageType {
  /** Short English name, used in test names and screenshot file names. */
  type: string;
  pattern: RegExp;
  /** False for the pages kept out of search engines on purpose. */
  indexed: boolean;
}

export const PAGE_TYPES: ReadonlyArray<PageType> = [
  { type: "home", pattern: /^\/$/, indexed: true },
  { type: "contact", pattern: /^\/kontakt\/$/, indexed: true },
  { type: "about", pattern: /^\/o-nas\/$/, indexed: true },
  { type: "departments", pattern: /^\/dzialy\/$/, indexed: true },
  { type: "department", pattern: /^\/dzialy\/[^/]+\/$/, indexed: true },
  { type: "programmes", pattern: /^\/programy\/$/, indexed: true },
  { type: "programme", pattern: /^\/programy\/[^/]+\/$/, indexed: true },
  { type: "news", pattern: /^\/aktualnosci\/$/, indexed: true },
  { type: "news-post", pattern: /^\/aktualnosci\/(?!strona\/)[^/]+\/$/, indexed: true },
  { type: "data-protection", pattern: /^\/ochrona-danych\/$/, indexed: true },
  { type: "accessibility-statement", pattern: /^\/deklaracja-dostepnosci\/$/, indexed: true },
  { type: "easy-to-read", pattern: /^\/tekst-latwy-do-czytania\/$/, indexed: true },
  { type: "a-to-z", pattern: /^\/od-a-do-z\/$/, indexed: true },
  { type: "hours-and-contacts", pattern: /^\/godziny-i-kontakt\/$/, indexed: true },
  { type: "search", pattern: /^\/szukaj\/$/, indexed: false },
  { type: "not-found", pattern: /^\/404\.html$/, indexed: false },
];

export interface SamplePage extends PageType {
  /** URL path of the sample, e.g. "/dzialy/centrum-seniora/". */
  path: string;
}

/** The first page (in path order) of each type the site in `dir` has. */
export async function samplePages(dir: string): Promise<SamplePage[]> {
  const paths = (await listFiles(dir)).filter((file) => file.endsWith(".html")).map(urlPathOf);
  return PAGE_TYPES.flatMap((pageType) => {
    const path = paths.find((candidate) => pageType.pattern.test(candidate));
    return path ? [{ ...pageType, path }] : [];
  });
}
