// robots.txt and the RSS feed of news, from the office's content. Feed readers treat an item's
// <description> as HTML, so it holds the lead rendered by the site's Markdown pipeline
// (sanitised); @astrojs/rss escapes it as XML text.
import type { RSSOptions } from "@astrojs/rss";
import type { OfficeContent } from "../content/office-content.ts";
import { renderMarkdown } from "../markdown/render-markdown.ts";
import { absoluteUrl, routes } from "../routes.ts";

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap(), siteUrl)}\n`;
}

export function newsFeed(content: OfficeContent): RSSOptions {
  const { office } = content;
  return {
    title: `Aktualności – ${office.name}`,
    description: `Komunikaty i aktualności: ${office.name}.`,
    site: office.siteUrl,
    trailingSlash: true,
    customData: "<language>pl</language>",
    items: content.newsPosts.map((post) => ({
      title: post.title,
      link: routes.newsPost(post.slug),
      pubDate: new Date(post.date),
      description: renderMarkdown(post.lead, { siteOrigin: office.siteUrl }),
      ...(post.author
        ? {
            customData: `<dc:creator><![CDATA[${post.author.replaceAll("]]>", "")}]]></dc:creator>`,
          }
        : {}),
    })),
    xmlns: { dc: "http://purl.org/dc/elements/1.1/" },
  };
}
