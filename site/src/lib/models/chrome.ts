// The parts of every page around its content: the office's name, the main menu and the footer
// (contact summary and the links the law and residents expect on every page).
import { routes } from "../routes.ts";
import type { SiteIdentity } from "./page-meta.ts";

export interface LinkView {
  label: string;
  href: string;
  /** Visible hint after the label, e.g. "link zewnętrzny" or "PDF, 120 KB". */
  hint?: string;
  /** Language of the label when it is not Polish. */
  lang?: string;
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
  identity: SiteIdentity;
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
  bipUrl?: string;
  pjmVideoUrl?: string;
}

const MENU: ReadonlyArray<{ label: string; href: string; when?: keyof ChromeSections }> = [
  { label: "Strona główna", href: routes.home() },
  { label: "Godziny i działy", href: routes.departments(), when: "hasDepartments" },
  { label: "Programy i pomoc", href: routes.programmes(), when: "hasProgrammes" },
  { label: "Aktualności", href: routes.news(), when: "hasNews" },
  { label: "Kontakt", href: routes.contact() },
  { label: "O nas", href: routes.about(), when: "hasAbout" },
  { label: "Szukaj", href: routes.search() },
];

/** The main menu; the entry for the section `currentPath` belongs to is marked current. */
export function buildNav(sections: ChromeSections, currentPath: string): NavItem[] {
  const visible = MENU.filter((item) => !item.when || sections[item.when]);
  const section = [...visible]
    .filter((item) => item.href !== routes.home())
    .sort((a, b) => b.href.length - a.href.length)
    .find((item) => currentPath.startsWith(item.href));
  const currentHref = section?.href ?? (currentPath === routes.home() ? routes.home() : "");
  return visible.map((item) => ({ ...item, current: item.href === currentHref }));
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
