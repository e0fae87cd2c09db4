import { describe, expect, it } from "vitest";
import { languageVersions, officeSitemap, sitemapPaths } from "./office-sitemap.ts";

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

describe("language alternates", () => {
  it("groups a page's versions by their Polish path, Polish first, and leaves single pages out", () => {
    const versions = languageVersions(["/uk/kontakt/", "/kontakt/", "/en/kontakt/", "/o-nas/"]);
    const kontakt = [
      { language: "pl", path: "/kontakt/" },
      { language: "uk", path: "/uk/kontakt/" },
      { language: "en", path: "/en/kontakt/" },
    ];
    expect(versions.get("/uk/kontakt/")).toEqual(kontakt);
    expect(versions.get("/kontakt/")).toEqual(kontakt);
    expect(versions.has("/o-nas/")).toBe(false);
  });

  it("lists each version of a translated page as an xhtml:link, x-default Polish", () => {
    const { urlset } = officeSitemap("https://mops.kutno.pl", ["/", "/uk/", "/o-nas/"]);
    expect(urlset).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const links =
      '<xhtml:link rel="alternate" hreflang="pl" href="https://mops.kutno.pl/"/>' +
      '<xhtml:link rel="alternate" hreflang="uk" href="https://mops.kutno.pl/uk/"/>' +
      '<xhtml:link rel="alternate" hreflang="x-default" href="https://mops.kutno.pl/"/>';
    expect(urlset).toContain(`<url><loc>https://mops.kutno.pl/</loc>${links}</url>`);
    expect(urlset).toContain(`<url><loc>https://mops.kutno.pl/uk/</loc>${links}</url>`);
    expect(urlset).toContain("<url><loc>https://mops.kutno.pl/o-nas/</loc></url>");
  });
});
