// What the nightly run needs to compute offices' date states: their content in every language,
// read from the CMS like a build reads it (without building).
import { LANGUAGES } from "@mops/shared";
import { loadLanguageContent } from "../content/load-language-content.ts";
import type { OfficeVersions } from "./date-state.ts";

export interface DateInputsSource {
  strapiUrl: string;
  token: string;
  offices: readonly string[];
  /** Attempts per request and the timeout of each (the loader's defaults when missing). */
  attempts?: number;
  timeoutMs?: number;
}

/** Each office's content by language; an office the CMS does not publish in Polish throws. */
export async function readDateInputs(
  source: DateInputsSource,
): Promise<Map<string, OfficeVersions>> {
  const options = {
    baseUrl: source.strapiUrl,
    token: source.token,
    offices: source.offices,
    ...(source.attempts ? { attempts: source.attempts } : {}),
    ...(source.timeoutMs ? { timeoutMs: source.timeoutMs } : {}),
  };
  const byLanguage = await Promise.all(
    LANGUAGES.map(
      async (language) => [language, await loadLanguageContent(language, options)] as const,
    ),
  );
  const inputs = new Map<string, OfficeVersions>();
  for (const slug of source.offices) {
    const versions: Record<string, unknown> = {};
    for (const [language, contents] of byLanguage) {
      const content = contents.get(slug);
      if (content) versions[language] = content;
    }
    inputs.set(slug, versions as OfficeVersions);
  }
  return inputs;
}
