// Loads the content of every office of this build from the CMS, once per build, and splits it by
// office: one build renders every office the driver listed in OFFICES, each under /<slug>/.
// Pages read it here rather than through Astro's content layer, which would bundle every entry
// into the build as one string (docs/decisions.md).
import { parseBuildEnv, requireOfficeBuild } from "../build/build-env";
import {
  departmentSpec,
  newsPostSpec,
  officeSpec,
  programmeSpec,
  scheduleSpec,
} from "../strapi/collections";
import { type LoaderOptions, loadCollection } from "../strapi/strapi-loader";
import { type OfficeContent, OfficeDataError, splitByOffice } from "./office-content";

let cached: Promise<Map<string, OfficeContent>> | undefined;

async function load(): Promise<Map<string, OfficeContent>> {
  // Names the first of OFFICES, STRAPI_URL, STRAPI_TOKEN that is missing.
  const build = requireOfficeBuild(parseBuildEnv(process.env));
  const slugs = build.offices.map((office) => office.slug);
  const options: LoaderOptions = {
    baseUrl: build.strapiUrl,
    token: build.strapiToken,
    ...(build.draftGrant ? { draftGrant: build.draftGrant } : {}),
    offices: slugs,
  };
  const [offices, departments, schedules, programmes, newsPosts] = await Promise.all([
    loadCollection(officeSpec, options),
    loadCollection(departmentSpec, options),
    loadCollection(scheduleSpec, options),
    loadCollection(programmeSpec, options),
    loadCollection(newsPostSpec, options),
  ]);
  console.info(
    `content: ${offices.length} office(s), ${departments.length} department(s), ` +
      `${schedules.length} schedule(s), ${programmes.length} programme(s), ` +
      `${newsPosts.length} news post(s)`,
  );
  return splitByOffice(slugs, { offices, departments, schedules, programmes, newsPosts });
}

function buildContent(): Promise<Map<string, OfficeContent>> {
  cached ??= load().catch((error: unknown) => {
    // Astro prints only the message; the name tells the build driver what failed.
    if (error instanceof Error) console.error(`${error.name}: ${error.message}`);
    throw error;
  });
  return cached;
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
