// Static paths of the pages in Ukrainian and English: `/<office>/<lang>/...`, one for each office
// of the build whose content in that language has the page (the fallback policy in
// docs/decisions.md: a page is generated in a language only when its main content is translated).
import { type Language, TRANSLATED_LANGUAGES } from "@mops/shared";
import { parseBuildEnv } from "../build/build-env";
import { hasTranslatablePage, type TranslatablePage } from "../i18n/page-languages";
import { loadTranslatedContent, officesInBuild } from "./load-office-content";
import type { OfficeContent } from "./office-content";

type TranslatedParams = { office: string; lang: Language };

async function translations(): Promise<
  Array<{ office: string; lang: Exclude<Language, "pl">; content: OfficeContent }>
> {
  if (parseBuildEnv(process.env).PORTAL_URL) return [];
  const offices = await officesInBuild();
  const found = [];
  for (const { office } of offices) {
    for (const lang of TRANSLATED_LANGUAGES) {
      const content = await loadTranslatedContent(office.slug, lang);
      if (content) found.push({ office: office.slug, lang, content });
    }
  }
  return found;
}

/** A page each translated office has once per language, when its content there has `page`. */
export async function everyTranslation(
  page: TranslatablePage = { kind: "home" },
): Promise<Array<{ params: TranslatedParams }>> {
  return (await translations())
    .filter(({ content }) => hasTranslatablePage(content, page))
    .map(({ office, lang }) => ({ params: { office, lang } }));
}

/** A page each translated office has once per translated item; `items` lists one language's. */
export async function perTranslation<Params extends Record<string, string>, Props>(
  items: (
    content: OfficeContent,
    lang: Exclude<Language, "pl">,
    office: string,
  ) => Array<{ params: Params; props: Props }>,
): Promise<Array<{ params: Params & TranslatedParams; props: Props }>> {
  return (await translations()).flatMap(({ office, lang, content }) =>
    items(content, lang, office).map((item) => ({
      ...item,
      params: { ...item.params, office, lang },
    })),
  );
}
