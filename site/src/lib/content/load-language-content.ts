// Reads the content of some offices in one language from the CMS and splits it by office: the
// build's loader (load-office-content.ts) and the nightly run's date states
// (src/lib/nightly/read-date-inputs.ts) read it the same way.
import { DEFAULT_LANGUAGE, type Language } from "@mops/shared";
import {
  departmentSpec,
  newsPostSpec,
  officeSpec,
  programmeSpec,
  scheduleSpec,
} from "../strapi/collections.ts";
import { type LoaderOptions, loadCollection } from "../strapi/strapi-loader.ts";
import { type OfficeContent, splitByOffice } from "./office-content.ts";

/**
 * One language's content of `options.offices`. `uk` and `en` return only the offices translated
 * into that language (an office without the locale is left out).
 */
export async function loadLanguageContent(
  language: Language,
  options: Omit<LoaderOptions, "locale">,
  report?: (line: string) => void,
): Promise<Map<string, OfficeContent>> {
  const loaderOptions: LoaderOptions = { ...options, locale: language };
  const [offices, departments, schedules, programmes, newsPosts] = await Promise.all([
    loadCollection(officeSpec, loaderOptions),
    loadCollection(departmentSpec, loaderOptions),
    loadCollection(scheduleSpec, loaderOptions),
    loadCollection(programmeSpec, loaderOptions),
    loadCollection(newsPostSpec, loaderOptions),
  ]);
  report?.(
    `content (${language}): ${offices.length} office(s), ${departments.length} department(s), ` +
      `${schedules.length} schedule(s), ${programmes.length} programme(s), ` +
      `${newsPosts.length} news post(s)`,
  );
  const slugs = options.offices;
  const translated =
    language === DEFAULT_LANGUAGE
      ? slugs
      : slugs.filter((slug) => offices.some((o) => o.slug === slug));
  return splitByOffice(translated, { offices, departments, schedules, programmes, newsPosts });
}
