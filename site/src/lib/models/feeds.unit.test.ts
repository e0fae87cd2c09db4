import { getRssString } from "@astrojs/rss";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { fixtureContent, fixtureTranslatedContent } from "../../../test/fixture-content.ts";
import { findExecutableMarkup } from "../html/executable-markup.ts";
import { newsFeed, robotsTxt } from "./feeds.ts";

describe("feeds", () => {
  it("points robots.txt at the office's own sitemap", () => {
    expect(robotsTxt("https://mops.kutno.pl")).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://mops.kutno.pl/sitemap-index.xml\n",
    );
  });

  it("lists the office's posts, newest first, in Polish", () => {
    const feed = newsFeed(fixtureContent("pruszkow"));
    const items = feed.items as Array<{ link: string; pubDate: Date }>;
    expect(feed.customData).toBe("<language>pl</language>");
    expect(items[0]?.link).toBe("/aktualnosci/dzialalnosc-mops-w-czasie-pandemii-covid-19/");
    expect(items.map((item) => item.pubDate.getTime())).toEqual(
      [...items.map((item) => item.pubDate.getTime())].sort((a, b) => b - a),
    );
  });

  it("gives a language's feed its language, title and links under its prefix", () => {
    const feed = newsFeed(fixtureTranslatedContent("krasnik", "uk")!, "uk");
    const items = feed.items as Array<{ link: string; title: string }>;
    expect(feed.customData).toBe("<language>uk</language>");
    expect(feed.title).toBe("Новини – Міський центр соціальної допомоги в Красніку");
    expect(items.map((item) => item.link)).toEqual([
      "/uk/aktualnosci/pomoc-zywnosciowa-bank-zywnosci-w-lublinie/",
    ]);
    expect(items[0]?.title).toMatch(/^Продовольча допомога/);
  });
});

describe("RSS item descriptions", () => {
  /** Kutno's feed with a first post whose lead carries markup, as XML, parsed back. */
  async function feedWithLead(lead: string) {
    const content = fixtureContent("kutno");
    const [first, ...rest] = content.newsPosts;
    const xml = await getRssString(
      newsFeed({ ...content, newsPosts: [{ ...first!, lead }, ...rest] }),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = new XMLParser().parse(xml).rss.channel;
    const items = [channel.item].flat() as Array<{ description: string }>;
    return { xml, items };
  }

  it("is the lead as sanitised HTML from the Markdown pipeline, escaped in the XML", async () => {
    const lead =
      'Wnioski <script>alert("x")</script>przyjmujemy **od 1 lipca** <img src=x onerror=alert(1)> & <a href="javascript:alert(1)">tutaj</a>.';
    const { xml, items } = await feedWithLead(lead);
    const description = items[0]!.description;
    expect(description).toBe(
      "<p>Wnioski przyjmujemy <strong>od 1 lipca</strong>  &amp; <span>tutaj</span>.</p>",
    );
    expect(findExecutableMarkup(description)).toEqual([]);
    expect(xml).not.toContain("<script");
    expect(xml).toContain("<description>&lt;p&gt;Wnioski przyjmujemy &lt;strong&gt;");
  });

  it("gives every post of every seed office an HTML description that parses as XML", async () => {
    for (const slug of ["kutno", "krasnik", "kalisz", "pruszkow", "orzesze"] as const) {
      const content = fixtureContent(slug);
      const xml = await getRssString(newsFeed(content));
      expect(XMLValidator.validate(xml), slug).toBe(true);
      const channel = new XMLParser().parse(xml).rss.channel;
      const items = [channel.item ?? []].flat() as Array<{ description: string }>;
      expect(items.length, slug).toBe(content.newsPosts.length);
      for (const item of items) expect(item.description).toMatch(/^<p>[\s\S]*<\/p>$/);
    }
  });
});
