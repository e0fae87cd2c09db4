// The chrome of every page of one office, from its content.
import type { OfficeContent } from "../content/office-content.ts";
import { hasOwnIcon } from "../icons/own-icon.ts";
import { buildNav, type ChromeSections, footerLinks, type SiteChrome } from "./chrome.ts";
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
    ...(office.bipUrl ? { bipUrl: office.bipUrl } : {}),
    ...(office.accessibility.pjmVideoUrl ? { pjmVideoUrl: office.accessibility.pjmVideoUrl } : {}),
  };
}

export function buildChrome(content: OfficeContent, currentPath: string): SiteChrome {
  const { office } = content;
  const sections = chromeSections(content);
  const main = office.locations[0];
  return {
    identity: {
      name: office.name,
      shortName: office.shortName,
      siteUrl: office.siteUrl,
      ownIcon: hasOwnIcon(office),
    },
    nav: buildNav(sections, currentPath),
    footer: {
      addressLines: main ? locationView(main).lines : [],
      phones: office.phones.slice(0, 2).map(phoneLink),
      emails: office.emails.slice(0, 1).map(emailLink),
      links: footerLinks(sections),
    },
  };
}
