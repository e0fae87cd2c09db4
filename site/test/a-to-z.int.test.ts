// The A–Z page of every seed office lists exactly the pages its sitemap does (an oracle written
// from the build's own page list), except the search page, itself and the news list's later
// pages; the search page points to it rather than to the XML sitemap.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";
import { parsePage } from "../src/lib/checks/built-site.ts";

const build = inject("testBuild");

/** The links inside <main> of a built page. */
function mainLinks(dir: string, file: string): string[] {
  const html = readFileSync(join(dir, file), "utf8");
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return parsePage(file, main).links;
}

describe.each(build.offices)("$slug", ({ dir }) => {
  it("lists every page of its sitemap on the A–Z page, each once", () => {
    const urlset = new XMLParser().parse(readFileSync(join(dir, "sitemap-0.xml"), "utf8")).urlset;
    const sitemap = [urlset.url]
      .flat()
      .map((url: { loc: string }) => new URL(url.loc).pathname)
      .filter((path) => !/^\/(szukaj|od-a-do-z|aktualnosci\/strona\/\d+)\/$/.test(path))
      // The A–Z page is a Polish index: pages in other languages have their own menus.
      .filter((path) => !/^\/(uk|en)\//.test(path));
    const pages = mainLinks(dir, "od-a-do-z/index.html").filter((href) => !href.startsWith("#"));
    expect(sitemap.length).toBeGreaterThan(5);
    expect([...pages].sort()).toEqual([...sitemap].sort());
  });

  it("links the A–Z page from the search page, not the XML sitemap", () => {
    const links = mainLinks(dir, "szukaj/index.html");
    expect(links).toContain("/od-a-do-z/");
    expect(links).not.toContain("/sitemap-index.xml");
  });
});
