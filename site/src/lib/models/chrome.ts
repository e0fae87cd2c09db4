// The parts of every page around its content: the office's name, the main menu and the footer
// (contact summary and the links the law and residents expect on every page).
import { type Language, UI_STRINGS, type UiStringKey, type UiStrings } from "@mops/shared";
import { type LanguageVersion, localizedPath } from "../i18n/page-languages.ts";
import { routes } from "../routes.ts";
import type { SiteIdentity } from "./page-meta.ts";

export interface LinkView {
  label: string;
  href: string;
  /** Visible hint after the label, e.g. "link zewnętrzny" or "PDF, 120 KB". */
  hint?: string;
  /** Language of the label when it is not the page's. */
  lang?: string;
  /** Language of the linked page when it is not the page's (a Polish document from `/uk/`). */
  hreflang?: string;
  /** Words after the link in the page's language, e.g. what a Polish-only link holds. */
  gloss?: string;
}

export interface ContactLinkView {
  /** As residents read it, e.g. "24 253 78 47". */
  text: string;
  /** tel: or mailto: URL. */
  href: string;
  label?: string;
}

export interface NavItem extends LinkView {
  current: boolean;
}

export interface SiteChrome {
  /** The page's language: `<html lang>`, the UI strings, the paths of the menu. */
  language: Language;
  ui: UiStrings;
  /** The languages this page exists in, with its path in each (one entry: no switcher). */
  versions: LanguageVersion[];
  identity: SiteIdentity;
  /** The news feed in the page's language, for `<link rel="alternate">`. */
  feed?: LinkView;
  nav: NavItem[];
  footer: {
    addressLines: string[];
    phones: ContactLinkView[];
    emails: ContactLinkView[];
    links: LinkView[];
  };
}

export interface ChromeSections {
  hasProgrammes: boolean;
  hasNews: boolean;
  hasDepartments: boolean;
  hasAbout: boolean;
  hasEasyToRead: boolean;
  hasSearch: boolean;
  bipUrl?: string;
  pjmVideoUrl?: string;
}

const MENU: ReadonlyArray<{ key: UiStringKey; href: string; when?: keyof ChromeSections }> = [
  { key: "home", href: routes.home() },
  { key: "hoursAndDepartments", href: routes.departments(), when: "hasDepartments" },
  { key: "programmes", href: routes.programmes(), when: "hasProgrammes" },
  { key: "news", href: routes.news(), when: "hasNews" },
  { key: "contact", href: routes.contact() },
  { key: "about", href: routes.about(), when: "hasAbout" },
  { key: "search", href: routes.search(), when: "hasSearch" },
];

/**
 * The main menu in the page's language; the entry for the section `currentPath` (the page's
 * Polish path) belongs to is marked current.
 */
export function buildNav(
  sections: ChromeSections,
  currentPath: string,
  language: Language = "pl",
): NavItem[] {
  const visible = MENU.filter((item) => !item.when || sections[item.when]);
  const section = [...visible]
    .filter((item) => item.href !== routes.home())
    .sort((a, b) => b.href.length - a.href.length)
    .find((item) => currentPath.startsWith(item.href));
  const currentHref = section?.href ?? (currentPath === routes.home() ? routes.home() : "");
  return visible.map((item) => ({
    label: UI_STRINGS[language][item.key],
    href: localizedPath(language, item.href),
    current: item.href === currentHref,
  }));
}

/**
 * The footer of a page in Ukrainian or English: the Polish-only documents (accessibility
 * statement, GDPR clause, ETR page) under their Polish names marked `lang="pl"`, said in the
 * page's language after the link; the language's news feed when it has news, its hours calendar;
 * the sitemap.
 */
export function translatedFooterLinks(sections: ChromeSections, language: Language): LinkView[] {
  const ui = UI_STRINGS[language];
  const polish = UI_STRINGS.pl;
  const polishDocument = (key: UiStringKey, href: string): LinkView => ({
    label: polish[key],
    href,
    lang: "pl",
    hreflang: "pl",
    gloss: `${ui[key]}, ${ui.inPolish}`,
  });
  const links = [
    polishDocument("accessibilityStatement", routes.accessibility()),
    polishDocument("gdprClause", routes.gdpr()),
  ];
  if (sections.hasEasyToRead) links.push(polishDocument("easyToRead", routes.easyToRead()));
  if (sections.hasNews)
    links.push({ label: ui.newsFeed, href: localizedPath(language, routes.rss()) });
  links.push({ label: ui.hoursCalendar, href: localizedPath(language, routes.hoursCalendar()) });
  links.push({ label: ui.sitemap, href: routes.sitemap() });
  return links;
}

export function footerLinks(sections: ChromeSections): LinkView[] {
  const links: LinkView[] = [
    { label: "Deklaracja dostępności", href: routes.accessibility() },
    { label: "Ochrona danych osobowych (RODO)", href: routes.gdpr() },
  ];
  if (sections.hasEasyToRead) {
    links.push({ label: "Tekst łatwy do czytania (ETR)", href: routes.easyToRead() });
  }
  if (sections.pjmVideoUrl) {
    links.push({
      label: "Informacja w polskim języku migowym (PJM)",
      href: sections.pjmVideoUrl,
      hint: "link zewnętrzny",
    });
  }
  if (sections.bipUrl) {
    links.push({
      label: "Biuletyn Informacji Publicznej (BIP)",
      href: sections.bipUrl,
      hint: "link zewnętrzny",
    });
  }
  if (sections.hasNews) links.push({ label: "Kanał RSS aktualności", href: routes.rss() });
  links.push({ label: "Godziny otwarcia do kalendarza (iCalendar)", href: routes.hoursCalendar() });
  links.push({ label: "Dni wolne od pracy (iCalendar)", href: routes.holidaysCalendar() });
  links.push({ label: "Mapa strony (XML)", href: routes.sitemap() });
  return links;
}
