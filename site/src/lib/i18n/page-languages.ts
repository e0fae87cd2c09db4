// Which languages a page exists in, and its address in each. The fallback policy
// (docs/decisions.md): a page exists in Ukrainian or English only when its main content is
// translated: the office for the home, contact and search pages, the department, programme or news
// post for its own page, at least one translated department, programme or post for the lists.
// Polish has every page.
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, languagePrefix } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { routes } from "../routes.ts";

/** The pages that can have translations. */
export type TranslatablePage =
  | { kind: "home" }
  | { kind: "contact" }
  | { kind: "departments" }
  | { kind: "department"; slug: string }
  | { kind: "programmes" }
  | { kind: "programme"; slug: string }
  | { kind: "news" }
  | { kind: "newsPost"; slug: string }
  | { kind: "search" };

/** The office's content in each language it has, Polish always. */
export type OfficeLanguages = ReadonlyMap<Language, OfficeContent>;

/** A page's address in another language: `"/uk/kontakt/"`; Polish paths stay as they are. */
export function localizedPath(language: Language, path: string): string {
  return `${languagePrefix(language)}${path}`;
}

/** The Polish path of a translatable page. */
export function pagePath(page: TranslatablePage): string {
  switch (page.kind) {
    case "home":
      return routes.home();
    case "contact":
      return routes.contact();
    case "departments":
      return routes.departments();
    case "department":
      return routes.department(page.slug);
    case "programmes":
      return routes.programmes();
    case "programme":
      return routes.programme(page.slug);
    case "news":
      return routes.news();
    case "newsPost":
      return routes.newsPost(page.slug);
    case "search":
      return routes.search();
  }
}

const SINGLE_PAGES: ReadonlyArray<[RegExp, (match: RegExpExecArray) => TranslatablePage]> = [
  [/^\/$/, () => ({ kind: "home" })],
  [/^\/kontakt\/$/, () => ({ kind: "contact" })],
  [/^\/szukaj\/$/, () => ({ kind: "search" })],
  [/^\/dzialy\/$/, () => ({ kind: "departments" })],
  [/^\/dzialy\/([^/]+)\/$/, (m) => ({ kind: "department", slug: m[1]! })],
  [/^\/programy\/$/, () => ({ kind: "programmes" })],
  [/^\/programy\/([^/]+)\/$/, (m) => ({ kind: "programme", slug: m[1]! })],
  [/^\/aktualnosci\/$/, () => ({ kind: "news" })],
  [/^\/aktualnosci\/(?!strona\/)([^/]+)\/$/, (m) => ({ kind: "newsPost", slug: m[1]! })],
];

/** The translatable page at a Polish path, or `undefined` for pages that stay Polish. */
export function translatablePageAt(path: string): TranslatablePage | undefined {
  for (const [pattern, page] of SINGLE_PAGES) {
    const match = pattern.exec(path);
    if (match) return page(match);
  }
  return undefined;
}

/** Whether one language's content of an office has the page. */
export function hasTranslatablePage(content: OfficeContent, page: TranslatablePage): boolean {
  switch (page.kind) {
    case "home":
    case "contact":
    case "search":
      return true;
    case "departments":
      return content.departments.length > 0;
    case "department":
      return content.departments.some((department) => department.slug === page.slug);
    case "programmes":
      return content.programmes.length > 0;
    case "programme":
      return content.programmes.some((programme) => programme.slug === page.slug);
    case "news":
      return content.newsPosts.length > 0;
    case "newsPost":
      return content.newsPosts.some((post) => post.slug === page.slug);
  }
}

/** One language version of a page. */
export interface LanguageVersion {
  language: Language;
  /** The page's path in that language. */
  path: string;
}

/**
 * The languages the page at a Polish path exists in, Polish first, with its path in each; a page
 * that stays Polish (the accessibility statement, the GDPR clause, …) has only Polish.
 */
export function pageLanguages(polishPath: string, contents: OfficeLanguages): LanguageVersion[] {
  const page = translatablePageAt(polishPath);
  if (!page) return [{ language: DEFAULT_LANGUAGE, path: polishPath }];
  const path = pagePath(page);
  return LANGUAGES.filter((language) => {
    const content = contents.get(language);
    return language === DEFAULT_LANGUAGE || (content && hasTranslatablePage(content, page));
  }).map((language) => ({ language, path: localizedPath(language, path) }));
}

/**
 * A link from a page in `language` (whose content is `content`) to the page at a Polish path: to
 * its version in the language when it has one, else to the Polish page, said so with hreflang.
 */
export function hrefIn(
  language: Language,
  content: OfficeContent,
  polishPath: string,
): { href: string; hreflang?: string } {
  const page = translatablePageAt(polishPath);
  return page && hasTranslatablePage(content, page)
    ? { href: localizedPath(language, pagePath(page)) }
    : { href: polishPath, hreflang: DEFAULT_LANGUAGE };
}
