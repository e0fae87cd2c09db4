// What a preview build (drafts, for one editor's frame: publisher/src/preview) leaves out. An
// office's news is most of its pages (200 posts and 20 list pages in the bench's offices), and a
// preview must be ready in about a second: it renders every other page, the news posts the first
// list page and the home page link, and the previewed page itself, but not older posts nor list
// pages after the first (the preview service says such a page is not in the preview). A public
// build (no draft grant) is never scoped.
import type { NewsPost } from "@mops/shared";
import type { BuildEnv } from "../build/build-env.ts";
import { NEWS_PAGE_SIZE } from "../models/news-pages.ts";
import { routes } from "../routes.ts";

/** The page a preview build opens on, or undefined for a build that renders everything. */
export function previewPathOf(env: BuildEnv): string | undefined {
  return env.STRAPI_DRAFT_GRANT ? (env.PREVIEW_PATH ?? "/") : undefined;
}

/** The news posts whose pages the build renders, in the order given (newest first). */
export function newsPostsInBuild(
  posts: readonly NewsPost[],
  previewPath: string | undefined,
): NewsPost[] {
  if (previewPath === undefined) return [...posts];
  return posts.filter(
    (post, index) => index < NEWS_PAGE_SIZE || routes.newsPost(post.slug) === previewPath,
  );
}

/** How many pages of the news list the build renders (page 1 is /aktualnosci/). */
export function newsListPagesInBuild(pageCount: number, previewPath: string | undefined): number {
  return previewPath === undefined ? pageCount : Math.min(1, pageCount);
}
