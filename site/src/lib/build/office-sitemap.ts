// The sitemap of one office's site (sitemaps.org 0.9): `sitemap-index.xml` pointing at
// `sitemap-0.xml`, which lists every page by its absolute URL on the office's own domain.
// Written per office after a build of many offices (src/integrations/office-sites.ts). A page that
// exists in more than one language lists each version as an `xhtml:link` alternate, Polish also as
// `x-default` (a page in Ukrainian or English always has its Polish version at the same path
// without the prefix, docs/decisions.md).
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, languagePrefix } from "@mops/shared";
import { EXAMPLES_PATH } from "../../integrations/examples-page";
import { absoluteUrl, routes } from "../routes";

/** Pages a sitemap leaves out: the 404 page and the component examples of test builds. */
const UNLISTED = new Set(["/404/", EXAMPLES_PATH]);

/** URLs per sitemap file allowed by the protocol. */
export const SITEMAP_URL_LIMIT = 50_000;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Page paths ("/", "/kontakt/") in the order a sitemap lists them: only pages, no files. */
export function sitemapPaths(paths: Iterable<string>): string[] {
  return [...new Set(paths)]
    .filter((path) => path.endsWith("/") && !UNLISTED.has(path))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The language of a page path and its Polish path: `"/uk/kontakt/"` → `["uk", "/kontakt/"]`. */
function languageOfPath(path: string): [Language, string] {
  const language = LANGUAGES.find(
    (candidate) =>
      candidate !== DEFAULT_LANGUAGE && path.startsWith(`${languagePrefix(candidate)}/`),
  );
  return language
    ? [language, path.slice(languagePrefix(language).length)]
    : [DEFAULT_LANGUAGE, path];
}

/** Each listed path's language versions, when it has more than its own: `"/kontakt/"` → pl, uk. */
export function languageVersions(
  paths: readonly string[],
): Map<string, Array<{ language: Language; path: string }>> {
  const byPolish = new Map<string, Array<{ language: Language; path: string }>>();
  for (const path of paths) {
    const [language, polish] = languageOfPath(path);
    byPolish.set(polish, [...(byPolish.get(polish) ?? []), { language, path }]);
  }
  const versions = new Map<string, Array<{ language: Language; path: string }>>();
  for (const group of byPolish.values()) {
    if (group.length < 2) continue;
    const ordered = LANGUAGES.flatMap((language) =>
      group.filter((version) => version.language === language),
    );
    for (const { path } of group) versions.set(path, ordered);
  }
  return versions;
}

export function officeSitemap(
  siteUrl: string,
  pagePaths: Iterable<string>,
): { index: string; urlset: string } {
  const paths = sitemapPaths(pagePaths);
  const urls = paths.map((path) => absoluteUrl(path, siteUrl));
  const versions = languageVersions(paths);
  const alternates = (path: string): string => {
    const group = versions.get(path);
    if (!group) return "";
    const link = (hreflang: string, href: string) =>
      `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(absoluteUrl(href, siteUrl))}"/>`;
    const polish = group.find((version) => version.language === DEFAULT_LANGUAGE);
    return (
      group.map((version) => link(version.language, version.path)).join("") +
      (polish ? link("x-default", polish.path) : "")
    );
  };
  if (urls.length > SITEMAP_URL_LIMIT) {
    throw new Error(`${urls.length} pages exceed the ${SITEMAP_URL_LIMIT} URLs of one sitemap`);
  }
  const xml = '<?xml version="1.0" encoding="UTF-8"?>';
  const ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';
  const xhtml = versions.size > 0 ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : "";
  const part = absoluteUrl(routes.sitemap().replace("index", "0"), siteUrl);
  return {
    index: `${xml}<sitemapindex ${ns}><sitemap><loc>${escapeXml(part)}</loc></sitemap></sitemapindex>\n`,
    urlset: `${xml}<urlset ${ns}${xhtml}>${paths
      .map((path, i) => `<url><loc>${escapeXml(urls[i]!)}</loc>${alternates(path)}</url>`)
      .join("")}</urlset>\n`,
  };
}
