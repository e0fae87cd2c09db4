import { describe, expect, it } from "vitest";
import { officeSitemap, sitemapPaths } from "./office-sitemap.ts";

describe("sitemapPaths", () => {
  it.each([
    { paths: ["/kontakt/", "/", "/kontakt/"], listed: ["/", "/kontakt/"] },
    { paths: ["/404/", "/przyklady/", "/o-nas/"], listed: ["/o-nas/"] },
    { paths: ["/rss.xml", "/godziny.ics", "/pliki/a.pdf", "/szukaj/"], listed: ["/szukaj/"] },
    {
      paths: ["/aktualnosci/b/", "/aktualnosci/a/", "/aktualnosci/"],
      listed: ["/aktualnosci/", "/aktualnosci/a/", "/aktualnosci/b/"],
    },
  ])("lists $listed of $paths", ({ paths, listed }) => {
    expect(sitemapPaths(paths)).toEqual(listed);
  });
});

describe("officeSitemap", () => {
  it("uses the office's own domain and points the index at the one urlset", () => {
    const { index, urlset } = officeSitemap("https://mops.kutno.pl", ["/", "/kontakt/", "/404/"]);
    expect(index).toContain("<sitemap><loc>https://mops.kutno.pl/sitemap-0.xml</loc></sitemap>");
    expect(urlset).toContain("<url><loc>https://mops.kutno.pl/</loc></url>");
    expect(urlset).toContain("<url><loc>https://mops.kutno.pl/kontakt/</loc></url>");
    expect(urlset).not.toContain("404");
    expect(urlset.match(/<url>/g)).toHaveLength(2);
  });

  it("keeps a path below the office's site URL and escapes XML", () => {
    const { urlset } = officeSitemap("http://kutno.localhost:4321/", ["/a&b/"]);
    expect(urlset).toContain("<loc>http://kutno.localhost:4321/a&#38;b/</loc>");
  });
});
