// What the layout needs to know about one page: title, description, canonical URL,
// breadcrumbs and structured data.
import { absoluteUrl, routes } from "../routes.ts";

export interface Crumb {
  label: string;
  href: string;
}

export interface PageMeta {
  /** The page's own h1 and the first part of <title>. */
  heading: string;
  title: string;
  description: string;
  canonical: string;
  path: string;
  breadcrumbs: Crumb[];
  /** schema.org objects, one <script type="application/ld+json"> each. */
  jsonLd: object[];
}

export interface PageMetaInput {
  heading: string;
  description: string;
  path: string;
  /** Trail between the home page and this page, e.g. the news list above a post. */
  parents?: Crumb[];
  jsonLd?: object[];
}

export interface SiteIdentity {
  name: string;
  shortName: string;
  siteUrl: string;
  /** The office has its own icon in the CMS (so no default /favicon.svg). */
  ownIcon?: boolean;
}

export const HOME_CRUMB_LABEL = "Strona główna";

/** `home` is the first crumb: the home page in the page's language. */
export function pageMeta(
  site: SiteIdentity,
  input: PageMetaInput,
  home: Crumb = { label: HOME_CRUMB_LABEL, href: routes.home() },
): PageMeta {
  const isHome = input.path === home.href;
  const breadcrumbs: Crumb[] = isHome
    ? []
    : [home, ...(input.parents ?? []), { label: input.heading, href: input.path }];
  const jsonLd = [...(input.jsonLd ?? [])];
  if (breadcrumbs.length > 0) jsonLd.push(breadcrumbList(breadcrumbs, site.siteUrl));
  return {
    heading: input.heading,
    title: isHome ? site.name : `${input.heading} – ${site.shortName}`,
    description: input.description,
    canonical: absoluteUrl(input.path, site.siteUrl),
    path: input.path,
    breadcrumbs,
    jsonLd,
  };
}

function breadcrumbList(crumbs: Crumb[], siteUrl: string): object {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href, siteUrl),
    })),
  };
}

/** JSON for a <script type="application/ld+json">, safe against "</script>" in the data. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replaceAll("<", "\\u003c");
}
