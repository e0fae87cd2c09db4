// robots.txt and the RSS feed of news, from the office's content. Feed readers treat an item's
// <description> as HTML, so it holds the lead rendered by the site's Markdown pipeline
// (sanitised); @astrojs/rss escapes it as XML text.
import type { RSSOptions } from "@astrojs/rss";
import { type Language, UI_STRINGS } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { localizedPath } from "../i18n/page-languages.ts";
import { renderMarkdown } from "../markdown/render-markdown.ts";
import { absoluteUrl, routes } from "../routes.ts";

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap(), siteUrl)}\n`;
}

/** The news feed of `content` in its language: `/rss.xml`, `/uk/rss.xml`, `/en/rss.xml`. */
export function newsFeed(content: OfficeContent, language: Language = "pl"): RSSOptions {
  const { office } = content;
  const news = UI_STRINGS[language].news;
  return {
    title: `${news} – ${office.name}`,
    description:
      language === "pl" ? `Komunikaty i aktualności: ${office.name}.` : `${news}: ${office.name}.`,
    site: office.siteUrl,
    trailingSlash: true,
    customData: `<language>${language}</language>`,
    items: content.newsPosts.map((post) => ({
      title: post.title,
      link: localizedPath(language, routes.newsPost(post.slug)),
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
