// Reads the collections from Astro's data store once per build and splits them by office: one
// build renders every office the driver listed in OFFICES, each under /<slug>/.
import { getCollection } from "astro:content";
import { parseBuildEnv } from "../build/build-env";
import { type OfficeContent, OfficeDataError, splitByOffice } from "./office-content";

let cached: Promise<Map<string, OfficeContent>> | undefined;

async function load(): Promise<Map<string, OfficeContent>> {
  const offices = parseBuildEnv(process.env).OFFICES;
  if (!offices) {
    throw new OfficeDataError(
      "OFFICES is not set: build offices with site/scripts/build-offices.ts",
    );
  }
  const data = <T>(entries: Array<{ data: T }>) => entries.map((entry) => entry.data);
  const [officeEntries, departments, schedules, programmes, newsPosts] = await Promise.all([
    getCollection("offices"),
    getCollection("departments"),
    getCollection("schedules"),
    getCollection("programmes"),
    getCollection("newsPosts"),
  ]);
  return splitByOffice(
    offices.map((office) => office.slug),
    {
      offices: data(officeEntries),
      departments: data(departments),
      schedules: data(schedules),
      programmes: data(programmes),
      newsPosts: data(newsPosts),
    },
  );
}

function buildContent(): Promise<Map<string, OfficeContent>> {
  cached ??= load();
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
