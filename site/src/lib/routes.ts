// Every URL path of an office's site, in one place, so pages, models and checks agree.
export const routes = {
  home: () => "/",
  departments: () => "/dzialy/",
  department: (slug: string) => `/dzialy/${slug}/`,
  programmes: () => "/programy/",
  programme: (slug: string) => `/programy/${slug}/`,
  news: (page = 1) => (page <= 1 ? "/aktualnosci/" : `/aktualnosci/strona/${page}/`),
  newsPost: (slug: string) => `/aktualnosci/${slug}/`,
  contact: () => "/kontakt/",
  hoursAndContacts: () => "/godziny-i-kontakt/",
  about: () => "/o-nas/",
  gdpr: () => "/ochrona-danych/",
  accessibility: () => "/deklaracja-dostepnosci/",
  easyToRead: () => "/tekst-latwy-do-czytania/",
  search: () => "/szukaj/",
  aToZ: () => "/od-a-do-z/",
  rss: () => "/rss.xml",
  hoursCalendar: () => "/godziny.ics",
  holidaysCalendar: () => "/dni-wolne.ics",
  holidaysJson: () => "/dni-wolne.json",
  hsdsOrganization: () => "/dane/hsds/organization.json",
  sitemap: () => "/sitemap-index.xml",
} as const;

/** The absolute URL of a path on the office's own domain. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}
