// Reads the office's collections from Astro's data store, once per build.
import { getCollection } from "astro:content";
import { parseBuildEnv } from "../build/build-env";
import { assembleOfficeContent, type OfficeContent, OfficeDataError } from "./office-content";

let cached: Promise<OfficeContent> | undefined;

async function load(): Promise<OfficeContent> {
  const slug = parseBuildEnv(process.env).OFFICE;
  if (!slug)
    throw new OfficeDataError(
      "OFFICE is not set: build offices with site/scripts/build-offices.ts",
    );
  const data = <T>(entries: Array<{ data: T }>) => entries.map((entry) => entry.data);
  const [offices, departments, schedules, programmes, newsPosts] = await Promise.all([
    getCollection("offices"),
    getCollection("departments"),
    getCollection("schedules"),
    getCollection("programmes"),
    getCollection("newsPosts"),
  ]);
  return assembleOfficeContent(slug, {
    offices: data(offices),
    departments: data(departments),
    schedules: data(schedules),
    programmes: data(programmes),
    newsPosts: data(newsPosts),
  });
}

export function loadOfficeContent(): Promise<OfficeContent> {
  cached ??= load();
  return cached;
}
