// The public page an entry shows on, for the "see the page" link next to its build status. The
// paths follow the site's routes (site/src/lib/routes.ts): Polish pages, at the office's siteUrl.
// A schedule (which has no slug) shows on its department's page and the contact page: the contact
// page is linked.
const PAGE_OF_TYPE: Readonly<Record<string, (slug: string | undefined) => string | undefined>> = {
  "api::office.office": () => "/",
  "api::department.department": (slug) => slug && `/dzialy/${slug}/`,
  "api::programme.programme": (slug) => slug && `/programy/${slug}/`,
  "api::news-post.news-post": (slug) => slug && `/aktualnosci/${slug}/`,
  "api::schedule.schedule": () => "/kontakt/",
};

/** The absolute URL of the entry's page, or the office's home page when unknown. */
export function entryPageUrl(
  siteUrl: string,
  uid: string | undefined,
  slug: string | undefined,
): string | undefined {
  if (!URL.canParse(siteUrl)) return undefined;
  const path = uid ? PAGE_OF_TYPE[uid]?.(slug) : undefined;
  return new URL(path ?? "/", siteUrl).href;
}
