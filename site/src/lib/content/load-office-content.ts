// Loads the content of every office of this build from the CMS, once per build, and splits it by
// office: one build renders every office the driver listed in OFFICES, each under /<slug>/.
// Pages read it here rather than through Astro's content layer, which would bundle every entry
// into the build as one string (docs/decisions.md).
import { DEFAULT_LANGUAGE, type Language } from "@mops/shared";
import { type OfficeBuild, parseBuildEnv, requireOfficeBuild } from "../build/build-env";
import { perBuild } from "../build/build-scope";
import { takePrefetched } from "./content-prefetch";
import { loadLanguageContent } from "./load-language-content";
import { type OfficeContent, OfficeDataError } from "./office-content";

/** Each language's content, read once per build. */
const cached = perBuild(() => new Map<Language, Promise<Map<string, OfficeContent>>>());

/** One language's content of `build`'s offices, read from the CMS. */
export function readLanguageContent(
  build: OfficeBuild,
  language: Language,
): Promise<Map<string, OfficeContent>> {
  return loadLanguageContent(
    language,
    {
      baseUrl: build.strapiUrl,
      token: build.strapiToken,
      ...(build.draftGrant ? { draftGrant: build.draftGrant } : {}),
      offices: build.offices.map((office) => office.slug),
    },
    (line) => console.info(line),
  );
}

/**
 * One language's content. Translations are locale versions in the CMS: `uk` and `en` return only
 * the entries translated into that language (an office without the locale is left out). Read when
 * the build started, where the content-prefetch integration did (content-prefetch.ts).
 */
async function load(language: Language): Promise<Map<string, OfficeContent>> {
  // Names the first of OFFICES, STRAPI_URL, STRAPI_TOKEN that is missing.
  const build = requireOfficeBuild(parseBuildEnv(process.env));
  return takePrefetched(build, language) ?? readLanguageContent(build, language);
}

function buildContent(language: Language = DEFAULT_LANGUAGE): Promise<Map<string, OfficeContent>> {
  let loading = cached().get(language);
  if (!loading) {
    loading = load(language).catch((error: unknown) => {
      // Astro prints only the message; the name tells the build driver what failed.
      if (error instanceof Error) console.error(`${error.name}: ${error.message}`);
      throw error;
    });
    cached().set(language, loading);
  }
  return loading;
}

/** One office's content in Ukrainian or English; `undefined` when the office has no such version. */
export async function loadTranslatedContent(
  slug: string,
  language: Exclude<Language, "pl">,
): Promise<OfficeContent | undefined> {
  return (await buildContent(language)).get(slug);
}

/** Every office of this build, in the driver's order. */
export async function officesInBuild(): Promise<OfficeContent[]> {
  return [...(await buildContent()).values()];
}

/** The content of one office of this build; `slug` is a page's `office` route parameter. */
export async function loadOfficeContent(slug: string | undefined): Promise<OfficeContent> {
  const content = (await buildContent()).get(slug ?? "");
  if (!content) throw new OfficeDataError(`office "${slug}" is not part of this build`);
  return content;
}
