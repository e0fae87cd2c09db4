// News: the paginated list and each post page (cover with alt, attachments whose link text
// gives type and size, source link, related programmes, NewsArticle structured data).
import { formatDate, type NewsPost } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { renderMarkdown } from "../markdown/render-markdown.ts";
import { absoluteUrl, routes } from "../routes.ts";
import type { LinkView } from "./chrome.ts";
import { fileSizeText, fileTypeText } from "./file-size.ts";
import { attachmentPath, mediaSourceUrl } from "./media-files.ts";

export const NEWS_PAGE_SIZE = 10;

export interface NewsItemView {
  title: string;
  href: string;
  date: string;
  dateIso: string;
  lead: string;
}

export interface NewsListView {
  items: NewsItemView[];
  page: number;
  pageCount: number;
  previous?: string;
  next?: string;
}

export interface NewsPostView extends NewsItemView {
  author?: string;
  bodyHtml: string;
  cover?: { src: string; alt: string; width: number; height: number };
  attachments: LinkView[];
  source?: LinkView;
  programmes: LinkView[];
  jsonLd: object;
}

export function newsItem(post: NewsPost): NewsItemView {
  return {
    title: post.title,
    href: routes.newsPost(post.slug),
    date: formatDate(post.date),
    dateIso: post.date,
    lead: post.lead,
  };
}

export function newsPageCount(content: OfficeContent): number {
  return Math.max(1, Math.ceil(content.newsPosts.length / NEWS_PAGE_SIZE));
}

export function newsList(content: OfficeContent, page: number): NewsListView {
  const pageCount = newsPageCount(content);
  const start = (page - 1) * NEWS_PAGE_SIZE;
  return {
    items: content.newsPosts.slice(start, start + NEWS_PAGE_SIZE).map(newsItem),
    page,
    pageCount,
    previous: page > 1 ? routes.news(page - 1) : undefined,
    next: page < pageCount ? routes.news(page + 1) : undefined,
  };
}

export function newsPost(content: OfficeContent, post: NewsPost, strapiUrl: string): NewsPostView {
  const { office } = content;
  const item = newsItem(post);
  const cover =
    post.cover?.width && post.cover.height && post.coverAlt
      ? {
          src: mediaSourceUrl(post.cover, strapiUrl),
          alt: post.coverAlt,
          width: post.cover.width,
          height: post.cover.height,
        }
      : undefined;
  return {
    ...item,
    author: post.author,
    bodyHtml: renderMarkdown(post.body, { siteOrigin: office.siteUrl }),
    cover,
    attachments: post.attachments.map((attachment, index) => ({
      label: attachment.title,
      href: attachmentPath(post, index, attachment.file),
      hint: `${fileTypeText(attachment.file.ext, attachment.file.mime)}, ${fileSizeText(attachment.file.size)}`,
    })),
    source: post.sourceUrl
      ? { label: "Źródło informacji", href: post.sourceUrl, hint: "link zewnętrzny" }
      : undefined,
    programmes: post.programmes.map((ref) => ({
      label: ref.title,
      href: routes.programme(ref.slug),
    })),
    jsonLd: {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: post.title,
      description: post.lead,
      datePublished: post.date,
      inLanguage: "pl",
      mainEntityOfPage: absoluteUrl(item.href, office.siteUrl),
      ...(post.author ? { author: { "@type": "Person", name: post.author } } : {}),
      publisher: { "@type": "GovernmentOrganization", name: office.name, url: office.siteUrl },
      ...(cover ? { image: cover.src } : {}),
    },
  };
}
