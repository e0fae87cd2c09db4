import { newsPostSchema } from "@mops/shared";
import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { NEWS_PAGE_SIZE, newsList, newsPageCount, newsPost } from "./news-pages.ts";

const pruszkow = fixtureContent("pruszkow");
const STRAPI = "http://127.0.0.1:1337";

describe("newsList", () => {
  const many = {
    ...pruszkow,
    newsPosts: Array.from({ length: 2 * NEWS_PAGE_SIZE + 3 }, (_, index) =>
      newsPostSchema.parse({
        documentId: `d${index}`,
        title: `Wpis ${index + 1}`,
        slug: `wpis-${index + 1}`,
        date: "2026-01-02T10:00:00+01:00",
        lead: "Krótko.",
        body: "Treść.",
        attachments: [],
        programmes: [],
      }),
    ),
  };

  it.each([
    {
      page: 1,
      first: "Wpis 1",
      count: NEWS_PAGE_SIZE,
      previous: undefined,
      next: "/aktualnosci/strona/2/",
    },
    {
      page: 2,
      first: "Wpis 11",
      count: NEWS_PAGE_SIZE,
      previous: "/aktualnosci/",
      next: "/aktualnosci/strona/3/",
    },
    { page: 3, first: "Wpis 21", count: 3, previous: "/aktualnosci/strona/2/", next: undefined },
  ])("page $page", ({ page, first, count, previous, next }) => {
    const list = newsList(many, page);
    expect(newsPageCount(many)).toBe(3);
    expect(list.items[0]?.title).toBe(first);
    expect(list.items).toHaveLength(count);
    expect(list).toMatchObject({ page, pageCount: 3, previous, next });
  });

  it("has one page when there are no posts", () => {
    expect(newsList({ ...pruszkow, newsPosts: [] }, 1)).toMatchObject({ items: [], pageCount: 1 });
  });
});

describe("newsPost", () => {
  const post = pruszkow.newsPosts.find((p) => p.slug === "zostan-wolontariuszem")!;

  it("dates the post in Warsaw time and links the attachment copied into the site", () => {
    const view = newsPost(pruszkow, post, STRAPI);
    expect(view.date).toBe("20 marca 2020");
    expect(view.attachments).toEqual([
      {
        label: post.attachments[0]!.title,
        href: `/pliki/${post.documentId}/1-porozumienie-wolontarystyczne.pdf`,
        hint: expect.stringMatching(/^PDF, [\d,]+\u00a0kB$/),
      },
    ]);
  });

  it("describes the post as a NewsArticle of the office", () => {
    expect(newsPost(pruszkow, post, STRAPI).jsonLd).toMatchObject({
      "@type": "NewsArticle",
      headline: post.title,
      datePublished: post.date,
      inLanguage: "pl",
      mainEntityOfPage: `https://${new URL(pruszkow.office.siteUrl).host}/aktualnosci/zostan-wolontariuszem/`,
      publisher: { name: pruszkow.office.name },
    });
  });

  it("uses the cover only with its size and alt text, from the CMS", () => {
    const withCover = newsPostSchema.parse({
      ...post,
      cover: {
        url: "/uploads/a.png",
        mime: "image/png",
        size: 10,
        width: 960,
        height: 540,
        name: "a.png",
        ext: ".png",
      },
      coverAlt: "Wolontariusze przy stole",
      attachments: [],
    });
    expect(newsPost(pruszkow, withCover, STRAPI).cover).toEqual({
      src: "http://127.0.0.1:1337/uploads/a.png",
      alt: "Wolontariusze przy stole",
      width: 960,
      height: 540,
    });
  });
});
