// The digest of everything a news post's page renders from, in Polish or in a translation: the
// post itself in every language (a translated page falls back to the Polish fields; the language
// switcher links the versions that exist), the rest of the office's content in every language
// (the header, menu, footer and alerts; a post links its programmes), whether each language has
// news at all (the menu's "Aktualności"), the office's date states (officeDateState: every state
// the day alone flips, but the home page's news), the rendering code's version and the build's
// parameters. Other posts are
// left out on purpose: a post's page shows nothing of them, so a publish of one post leaves the
// other posts' pages as they were (page-reuse.ts). The int test builds an office both ways after
// each kind of change and compares every file.
import { createHash } from "node:crypto";
import type { Language } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { kindOf, type OfficeVersions, officeDateState } from "../nightly/date-state.ts";

export interface NewsPageBuild {
  /** The rendering code's version (REUSE_PAGES). */
  code: string;
  /** The CMS origin media are linked from. */
  strapiUrl: string;
  /** The office's own origin (OFFICES). */
  siteUrl: string;
  /** The instant the build renders for. */
  now: Date;
  /** HOME_NEWS_MAX_AGE_DAYS, when set. */
  newsMaxAgeDays: number | undefined;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const languagesOf = (versions: OfficeVersions): Language[] =>
  (Object.keys(versions) as Language[]).filter((language) => versions[language]).sort();

/** The content a post's page shows besides its post: all but the news, and whether there is any. */
const withoutNews = (content: OfficeContent) => ({
  ...content,
  newsPosts: [],
  hasNews: content.newsPosts.length > 0,
});

/** The part of every post page's digest that the office's post pages share. */
export function newsPagesBase(versions: OfficeVersions, build: NewsPageBuild): string {
  const options =
    build.newsMaxAgeDays === undefined ? {} : { newsMaxAgeDays: build.newsMaxAgeDays };
  const { states } = officeDateState(versions, build.now, options);
  // The news on the home page is the home page's own: a post's page does not show it.
  for (const key of Object.keys(states)) if (kindOf(key) === "home news") delete states[key];
  return sha256(
    JSON.stringify({
      code: build.code,
      strapiUrl: build.strapiUrl,
      siteUrl: build.siteUrl,
      newsMaxAgeDays: build.newsMaxAgeDays ?? null,
      states,
      content: languagesOf(versions).map((language) => [
        language,
        withoutNews(versions[language] as OfficeContent),
      ]),
    }),
  );
}

/** The digest of the page of the post `slug` in `language`, given its office's `base`. */
export function newsPageDigest(
  base: string,
  versions: OfficeVersions,
  language: Language,
  slug: string,
): string {
  const post = languagesOf(versions).map((version) => [
    version,
    versions[version]?.newsPosts.find((candidate) => candidate.slug === slug) ?? null,
  ]);
  return sha256(JSON.stringify({ base, language, slug, post }));
}
