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

export interface LoadedCollections {
  offices: Office[];
  departments: Department[];
  schedules: Schedule[];
  programmes: Programme[];
  newsPosts: NewsPost[];
}

/** Builds the content of the office `slug` from its loaded collections, in display order. */
export function assembleOfficeContent(slug: string, collections: LoadedCollections): OfficeContent {
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

/**
 * Splits collections loaded for several offices into each office's content, by each entry's
 * `office` relation, in the order of `slugs`. Entries of offices not listed are left out.
 */
export function splitByOffice(
  slugs: ReadonlyArray<string>,
  collections: LoadedCollections,
): Map<string, OfficeContent> {
  const empty = (): LoadedCollections => ({
    offices: [],
    departments: [],
    schedules: [],
    programmes: [],
    newsPosts: [],
  });
  const byOffice = new Map(slugs.map((slug) => [slug, empty()]));
  for (const office of collections.offices) byOffice.get(office.slug)?.offices.push(office);
  const sortOut = <T extends { office?: { slug: string } | undefined }>(
    entries: T[],
    pick: (bucket: LoadedCollections) => T[],
  ) => {
    for (const entry of entries) {
      const bucket = entry.office ? byOffice.get(entry.office.slug) : undefined;
      if (bucket) pick(bucket).push(entry);
    }
  };
  sortOut(collections.departments, (bucket) => bucket.departments);
  sortOut(collections.schedules, (bucket) => bucket.schedules);
  sortOut(collections.programmes, (bucket) => bucket.programmes);
  sortOut(collections.newsPosts, (bucket) => bucket.newsPosts);
  return new Map(
    [...byOffice].map(([slug, loaded]) => [slug, assembleOfficeContent(slug, loaded)]),
  );
}
