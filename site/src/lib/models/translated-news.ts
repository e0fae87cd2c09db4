// News in Ukrainian or English: the list of translated posts (one page, no pager: translations
// are few) and each translated post, its date in the language, related programmes linked in the
// language when translated, else to their Polish pages marked as Polish.
import { type Language, type NewsPost, UI_STRINGS } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { absoluteUrl } from "../routes.ts";
import type { NewsItemView, NewsPostView } from "./news-pages.ts";
import { newsPost } from "./news-pages.ts";
import { externalHintIn, newsItemIn, programmeLinkIn } from "./translated-items.ts";

export function newsListIn(language: Language, content: OfficeContent): NewsItemView[] {
  return content.newsPosts.map((post) => newsItemIn(language, post));
}

export function newsPostIn(
  language: Language,
  content: OfficeContent,
  polish: OfficeContent,
  post: NewsPost,
  strapiUrl: string,
): NewsPostView {
  const view = newsPost(content, post, strapiUrl);
  const item = newsItemIn(language, post);
  return {
    ...view,
    ...item,
    ...(post.sourceUrl
      ? {
          source: {
            label: UI_STRINGS[language].newsSource,
            href: post.sourceUrl,
            hint: externalHintIn(language),
          },
        }
      : {}),
    programmes: post.programmes.map((ref, index) =>
      programmeLinkIn(language, content, polish, ref.slug, view.programmes[index]!.href),
    ),
    jsonLd: {
      ...view.jsonLd,
      inLanguage: language,
      mainEntityOfPage: absoluteUrl(item.href, content.office.siteUrl),
    },
  };
}
