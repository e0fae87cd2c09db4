// The sitemap of one office's site (sitemaps.org 0.9): `sitemap-index.xml` pointing at
// `sitemap-0.xml`, which lists every page by its absolute URL on the office's own domain.
// Written per office after a build of many offices (src/integrations/office-sites.ts).
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

export function officeSitemap(
  siteUrl: string,
  pagePaths: Iterable<string>,
): { index: string; urlset: string } {
  const urls = sitemapPaths(pagePaths).map((path) => absoluteUrl(path, siteUrl));
  if (urls.length > SITEMAP_URL_LIMIT) {
    throw new Error(`${urls.length} pages exceed the ${SITEMAP_URL_LIMIT} URLs of one sitemap`);
  }
  const xml = '<?xml version="1.0" encoding="UTF-8"?>';
  const ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';
  const part = absoluteUrl(routes.sitemap().replace("index", "0"), siteUrl);
  return {
    index: `${xml}<sitemapindex ${ns}><sitemap><loc>${escapeXml(part)}</loc></sitemap></sitemapindex>\n`,
    urlset: `${xml}<urlset ${ns}>${urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`).join("")}</urlset>\n`,
  };
}
