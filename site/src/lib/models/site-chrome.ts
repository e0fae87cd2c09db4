// The chrome of every page of one office, from its content.
import { type Language, UI_STRINGS } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import {
  hasTranslatablePage,
  type LanguageVersion,
  localizedPath,
} from "../i18n/page-languages.ts";
import { hasOwnIcon } from "../icons/own-icon.ts";
import { routes } from "../routes.ts";
import {
  buildNav,
  type ChromeSections,
  footerLinks,
  type SiteChrome,
  translatedFooterLinks,
} from "./chrome.ts";
import { emailLink, locationView, phoneLink } from "./contact-links.ts";
import { hasPage } from "./office-pages.ts";

export function chromeSections(content: OfficeContent): ChromeSections {
  const { office } = content;
  return {
    hasDepartments: hasPage(content, "departments"),
    hasProgrammes: hasPage(content, "programmes"),
    hasNews: hasPage(content, "news"),
    hasAbout: hasPage(content, "about"),
    hasEasyToRead: hasPage(content, "easyToRead"),
    hasSearch: true,
    ...(office.bipUrl ? { bipUrl: office.bipUrl } : {}),
    ...(office.accessibility.pjmVideoUrl ? { pjmVideoUrl: office.accessibility.pjmVideoUrl } : {}),
  };
}

/**
 * The sections a translated site has: the translated lists (departments, programmes, news), the
 * Polish ETR page (linked from every language) and the search in the language; "about" stays
 * Polish (docs/decisions.md).
 */
function translatedSections(content: OfficeContent, polish: ChromeSections): ChromeSections {
  return {
    hasDepartments: hasTranslatablePage(content, { kind: "departments" }),
    hasProgrammes: hasTranslatablePage(content, { kind: "programmes" }),
    hasNews: hasTranslatablePage(content, { kind: "news" }),
    hasAbout: false,
    hasEasyToRead: polish.hasEasyToRead,
    hasSearch: true,
  };
}

/**
 * The chrome of a page: `content` in the page's language, `currentPath` the page's Polish path,
 * `versions` the languages the page exists in; `polish` the office's Polish content when the
 * page is a translation.
 */
export function buildChrome(
  content: OfficeContent,
  currentPath: string,
  versions: LanguageVersion[] = [{ language: "pl", path: currentPath }],
  language: Language = "pl",
  polish: OfficeContent = content,
): SiteChrome {
  const { office } = content;
  const polishSections = chromeSections(polish);
  const sections = language === "pl" ? polishSections : translatedSections(content, polishSections);
  const main = office.locations[0];
  return {
    language,
    ui: UI_STRINGS[language],
    versions,
    identity: {
      name: office.name,
      shortName: office.shortName,
      siteUrl: office.siteUrl,
      ownIcon: hasOwnIcon(office),
    },
    ...(language === "pl" || sections.hasNews
      ? {
          feed: {
            label: `${UI_STRINGS[language].news} – ${office.shortName}`,
            href: localizedPath(language, routes.rss()),
          },
        }
      : {}),
    nav: buildNav(sections, currentPath, language),
    footer: {
      addressLines: main ? locationView(main).lines : [],
      phones: office.phones.slice(0, 2).map(phoneLink),
      emails: office.emails.slice(0, 1).map(emailLink),
      links: language === "pl" ? footerLinks(sections) : translatedFooterLinks(sections, language),
    },
  };
}
