// Everything one office's build shows, as shared domain objects. Pages get it from here once;
// page models take it as a parameter and never fetch.
import type { Department, NewsPost, Office, Programme, Schedule } from "@mops/shared";

export interface OfficeContent {
  office: Office;
  departments: Department[];
  schedules: Schedule[];
  programmes: Programme[];
  newsPosts: NewsPost[];
}

export class OfficeDataError extends Error {
  override name = "OfficeDataError";
}

/** Builds the content of the office `slug` from the loaded collections, in display order. */
export function assembleOfficeContent(
  slug: string,
  collections: {
    offices: Office[];
    departments: Department[];
    schedules: Schedule[];
    programmes: Programme[];
    newsPosts: NewsPost[];
  },
): OfficeContent {
  const office = collections.offices.find((candidate) => candidate.slug === slug);
  if (!office) {
    throw new OfficeDataError(
      `office "${slug}" is not published in the CMS (or has no "pl" version)`,
    );
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "pl");
  return {
    office,
    departments: [...collections.departments].sort(byName),
    schedules: collections.schedules,
    programmes: [...collections.programmes].sort((a, b) => a.title.localeCompare(b.title, "pl")),
    // Newest first; ISO datetimes with offsets compare as instants.
    newsPosts: [...collections.newsPosts].sort((a, b) => Date.parse(b.date) - Date.parse(a.date)),
  };
}
