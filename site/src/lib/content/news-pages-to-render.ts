// The news posts whose pages a build renders, in Polish and in each translation: those of the
// preview scope (preview-scope.ts) that the page store cannot give back unchanged
// (lib/build/page-reuse.ts; every one of them when the build reuses nothing).
import { type Language, type NewsPost, TRANSLATED_LANGUAGES } from "@mops/shared";
import { buildContext } from "../build/build-context";
import { parseBuildEnv } from "../build/build-env";
import { perBuild } from "../build/build-scope";
import { newsPageDigest, newsPagesBase } from "../build/news-page-digest";
import { mustRender, pageReuseActive } from "../build/page-reuse";
import { localizedPath } from "../i18n/page-languages";
import type { OfficeVersions } from "../nightly/date-state";
import { routes } from "../routes";
import { loadTranslatedContent, officesInBuild } from "./load-office-content";
import { newsPostsInBuild } from "./preview-scope";

type Digests = Map<string, { versions: OfficeVersions; base: string }>;

/** By office: its content in every language and the part its post pages' digests share. */
const officeDigests = perBuild(async (): Promise<Digests> => {
  const digests: Digests = new Map();
  const env = parseBuildEnv(process.env);
  if (!pageReuseActive() || env.REUSE_PAGES === undefined) return digests;
  for (const content of await officesInBuild()) {
    const slug = content.office.slug;
    const versions: OfficeVersions = { pl: content };
    for (const language of TRANSLATED_LANGUAGES) {
      const translated = await loadTranslatedContent(slug, language);
      if (translated) versions[language] = translated;
    }
    const base = newsPagesBase(versions, {
      code: env.REUSE_PAGES,
      strapiUrl: env.STRAPI_URL ?? "",
      siteUrl: env.OFFICES?.find((office) => office.slug === slug)?.siteUrl ?? "",
      now: buildContext().BUILD_NOW,
      newsMaxAgeDays: env.HOME_NEWS_MAX_AGE_DAYS,
    });
    digests.set(slug, { versions, base });
  }
  return digests;
});

/** A filter of one office's posts in one language down to those whose pages are rendered. */
export type NewsPostsToRender = (
  office: string,
  language: Language,
  posts: readonly NewsPost[],
) => NewsPost[];

export async function newsPostsToRender(): Promise<NewsPostsToRender> {
  const digests = await officeDigests();
  const previewPath = buildContext().PREVIEW_PATH;
  return (office, language, posts) => {
    const inScope = newsPostsInBuild(posts, previewPath);
    const found = digests.get(office);
    if (!found) return inScope;
    return inScope.filter((post) =>
      mustRender(
        office,
        localizedPath(language, routes.newsPost(post.slug)),
        newsPageDigest(found.base, found.versions, language, post.slug),
      ),
    );
  };
}
