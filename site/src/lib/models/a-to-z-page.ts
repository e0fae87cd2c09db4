// Every page of an office's site, A to Z: the search page's fallback without JavaScript (and a
// way in for residents who would rather read a list than type). Lists the pages the build
// generates (optional pages only when they have content), grouped by their first letter in
// Polish alphabetical order; the 404 page, the search page, this page and the pages of the
// news list after the first are left out.
import type { OfficeContent } from "../content/office-content.ts";
import { routes } from "../routes.ts";
import type { LinkView } from "./chrome.ts";
import { easyToReadPage } from "./easy-to-read-page.ts";
import { hasPage, type OptionalPage } from "./office-pages.ts";

export interface AToZGroup {
  /** The letter the entries' labels start with ("Ś"), or "0–9" for digits and signs. */
  letter: string;
  entries: LinkView[];
}

/** The site's fixed pages, each with the optional page it depends on. */
const FIXED_PAGES: ReadonlyArray<{ label: string; href: string; when?: OptionalPage }> = [
  { label: "Strona główna", href: routes.home() },
  { label: "Kontakt", href: routes.contact() },
  {
    label: "Godziny przyjęć i kontakt do wydruku",
    href: routes.hoursAndContacts(),
    when: "hoursAndContacts",
  },
  { label: "Deklaracja dostępności", href: routes.accessibility() },
  { label: "Ochrona danych osobowych (RODO)", href: routes.gdpr() },
  { label: "O nas", href: routes.about(), when: "about" },
  { label: "Godziny przyjęć i działy", href: routes.departments(), when: "departments" },
  { label: "Programy i formy pomocy", href: routes.programmes(), when: "programmes" },
  { label: "Aktualności", href: routes.news(), when: "news" },
];

const collator = new Intl.Collator("pl", { sensitivity: "base", numeric: true });
const OTHER = "0–9";

function letterOf(label: string): string {
  const first = label.trim().charAt(0).toLocaleUpperCase("pl");
  return /\p{L}/u.test(first) ? first : OTHER;
}

/** Every page of the office: its label and address. */
export function allPages(content: OfficeContent): LinkView[] {
  const pages: LinkView[] = FIXED_PAGES.filter(
    (page) => !page.when || hasPage(content, page.when),
  ).map(({ label, href }) => ({ label, href }));
  if (easyToReadPage(content)) {
    pages.push({ label: "Tekst łatwy do czytania (ETR)", href: routes.easyToRead() });
  }
  for (const department of content.departments) {
    pages.push({ label: department.name, href: routes.department(department.slug) });
  }
  for (const programme of content.programmes) {
    pages.push({ label: programme.title, href: routes.programme(programme.slug) });
  }
  for (const post of content.newsPosts) {
    pages.push({ label: post.title, href: routes.newsPost(post.slug) });
  }
  return pages;
}

/** The office's pages grouped by first letter, groups and entries in Polish order. */
export function aToZGroups(content: OfficeContent): AToZGroup[] {
  const groups = new Map<string, LinkView[]>();
  const sorted = allPages(content).sort(
    (a, b) => collator.compare(a.label, b.label) || (a.href < b.href ? -1 : 1),
  );
  for (const page of sorted) {
    const letter = letterOf(page.label);
    groups.set(letter, [...(groups.get(letter) ?? []), page]);
  }
  return [...groups]
    .map(([letter, entries]) => ({ letter, entries }))
    .sort((a, b) =>
      a.letter === OTHER ? -1 : b.letter === OTHER ? 1 : collator.compare(a.letter, b.letter),
    );
}
