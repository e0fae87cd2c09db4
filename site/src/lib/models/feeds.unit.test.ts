import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
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
});
