import { newsPostSchema } from "@mops/shared";
import { describe, expect, it } from "vitest";
import { parseBuildEnv } from "../build/build-env.ts";
import { NEWS_PAGE_SIZE } from "../models/news-pages.ts";
import { newsListPagesInBuild, newsPostsInBuild, previewPathOf } from "./preview-scope.ts";

/** 25 posts, newest first: three pages of the news list. */
const posts = Array.from({ length: 2 * NEWS_PAGE_SIZE + 5 }, (_, index) =>
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
);
const slugs = (path: string | undefined) => newsPostsInBuild(posts, path).map((post) => post.slug);
const firstPage = posts.slice(0, NEWS_PAGE_SIZE).map((post) => post.slug);

describe("previewPathOf", () => {
  it.each([
    [{}, undefined],
    [{ PREVIEW_PATH: "/aktualnosci/wpis-3/" }, undefined],
    [{ STRAPI_DRAFT_GRANT: "grant" }, "/"],
    [{ STRAPI_DRAFT_GRANT: "grant", PREVIEW_PATH: "/kontakt/" }, "/kontakt/"],
  ])("%j: %s (a public build is never scoped)", (env, expected) => {
    expect(previewPathOf(parseBuildEnv(env))).toBe(expected);
  });

  it.each(["aktualnosci/", "/a b/", "/x/?q=1", "/x/#top"])("refuses PREVIEW_PATH %j", (path) => {
    expect(() => parseBuildEnv({ STRAPI_DRAFT_GRANT: "grant", PREVIEW_PATH: path })).toThrow(
      /^PREVIEW_PATH is invalid: expected a site path/,
    );
  });
});

describe("newsPostsInBuild", () => {
  it.each([
    { build: "a public build", path: undefined, expected: posts.map((post) => post.slug) },
    { build: "a preview of the home page", path: "/", expected: firstPage },
    {
      build: "a preview of a post on the first page",
      path: "/aktualnosci/wpis-4/",
      expected: firstPage,
    },
    {
      build: "a preview of an older post",
      path: "/aktualnosci/wpis-23/",
      expected: [...firstPage, "wpis-23"],
    },
    { build: "a preview of another page", path: "/dzialy/", expected: firstPage },
  ])("$build renders $expected.length posts", ({ path, expected }) => {
    expect(slugs(path)).toEqual(expected);
  });
});

describe("newsListPagesInBuild", () => {
  it.each([
    [3, undefined, 3],
    [3, "/aktualnosci/wpis-23/", 1],
    [1, "/", 1],
  ])("%i pages, preview %s: %i rendered", (count, path, expected) => {
    expect(newsListPagesInBuild(count, path)).toBe(expected);
  });
});
