// An office's content in every language it has: Polish (always) and each translation the CMS
// holds. Uses the loader's cached per-language content, so a build loads each language once.
import { type Language, TRANSLATED_LANGUAGES } from "@mops/shared";
import type { OfficeLanguages } from "../i18n/page-languages";
import { loadOfficeContent, loadTranslatedContent } from "./load-office-content";
import type { OfficeContent } from "./office-content";

export async function officeLanguages(slug: string | undefined): Promise<OfficeLanguages> {
  const languages = new Map<Language, OfficeContent>([["pl", await loadOfficeContent(slug)]]);
  for (const language of TRANSLATED_LANGUAGES) {
    const content = await loadTranslatedContent(slug ?? "", language);
    if (content) languages.set(language, content);
  }
  return languages;
}
