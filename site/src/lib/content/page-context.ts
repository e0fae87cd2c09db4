// What every page starts from: its office's content and the chrome for the page's path, with the
// languages the page exists in (for hreflang alternates and the language switcher).
import { isLanguage, type Language } from "@mops/shared";
import { pageLanguages } from "../i18n/page-languages";
import type { SiteChrome } from "../models/chrome";
import { buildChrome } from "../models/site-chrome";
import { loadOfficeContent } from "./load-office-content";
import type { OfficeContent } from "./office-content";
import { officeLanguages } from "./office-languages";

/** The chrome of a Polish page of the office `office` (its route parameter) at `path`. */
export async function polishChrome(
  office: string | undefined,
  content: OfficeContent,
  path: string,
): Promise<SiteChrome> {
  const versions = pageLanguages(path, await officeLanguages(office));
  return buildChrome(content, path, versions);
}

/** `office` is the page's `office` route parameter. */
export async function pageContext(
  office: string | undefined,
  path: string,
): Promise<{ content: OfficeContent; chrome: SiteChrome }> {
  const content = await loadOfficeContent(office);
  return { content, chrome: await polishChrome(office, content, path) };
}

/** Thrown when a translated page is rendered for an office or language without that content. */
export class MissingTranslationError extends Error {
  override name = "MissingTranslationError";
}

/**
 * A page in Ukrainian or English: the office's content in that language, its Polish content (for
 * what stays Polish) and the chrome; `polishPath` is the page's path in Polish.
 */
export async function translatedPageContext(
  office: string | undefined,
  lang: string | undefined,
  polishPath: string,
): Promise<{
  language: Language;
  content: OfficeContent;
  polish: OfficeContent;
  chrome: SiteChrome;
}> {
  const languages = await officeLanguages(office);
  const language = isLanguage(lang) ? lang : undefined;
  const content = language && languages.get(language);
  const polish = languages.get("pl")!;
  if (!language || !content || language === "pl") {
    throw new MissingTranslationError(`office "${office}" has no "${lang}" version`);
  }
  const versions = pageLanguages(polishPath, languages);
  return {
    language,
    content,
    polish,
    chrome: buildChrome(content, polishPath, versions, language, polish),
  };
}
