// Loads one Strapi collection of the offices being built: fetches every page and validates every
// entry with the shared schema. Any failure aborts the build with a named error. Pages read the
// result through src/lib/content/load-office-content.ts, not through Astro's content layer
// (docs/decisions.md: "Content is loaded by the site's own code, not Astro's content layer").

import type { Language } from "@mops/shared";
import type { z } from "astro/zod";
import { chunks } from "../chunks.ts";
import { StrapiValidationError } from "./errors.ts";
import { type FetchOptions, fetchCollection, type RawEntry } from "./fetch-collection.ts";

export interface CollectionSpec<Schema extends z.ZodType> {
  /** Strapi's singular API id, used in messages, e.g. "news-post". */
  contentType: string;
  /** REST path segment, e.g. "news-posts". */
  endpoint: string;
  /** How the REST query selects one office's entries. */
  officeFilter: "slug" | "relation";
  /** The shared schema: one REST entry in, one domain object out. */
  schema: Schema;
}

export interface LoaderOptions extends FetchOptions {
  /** Slugs of the offices being built; only their entries are fetched. */
  offices: ReadonlyArray<string>;
  /** The CMS locale to read (`pl` when missing): `uk` and `en` give the translations. */
  locale?: Language;
}

/** Offices per REST query: keeps `filters[…][$in]` URLs far below Koa's header limit. */
export const OFFICES_PER_QUERY = 40;

export function officeParams(
  spec: CollectionSpec<z.ZodType>,
  offices: ReadonlyArray<string>,
): Record<string, string> {
  const field = spec.officeFilter === "slug" ? "filters[slug]" : "filters[office][slug]";
  return Object.fromEntries(offices.map((office, index) => [`${field}[$in][${index}]`, office]));
}

function describeIssue(issue: z.core.$ZodIssue): { field: string; problem: string } {
  const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "(entry)";
  return { field, problem: issue.message };
}

/** Validates one raw entry, or throws a StrapiValidationError naming its first bad field. */
export function parseEntry<Schema extends z.ZodType>(
  spec: CollectionSpec<Schema>,
  entry: RawEntry,
): z.output<Schema> {
  const result = spec.schema.safeParse(entry);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const { field, problem } = issue
    ? describeIssue(issue)
    : { field: "(entry)", problem: "invalid" };
  throw new StrapiValidationError(spec.contentType, entry.documentId, field, problem);
}

/**
 * Every entry of one collection that belongs to the offices being built, each validated with
 * the shared schema. The first invalid entry fails the whole load with a StrapiValidationError.
 */
export async function loadCollection<Schema extends z.ZodType>(
  spec: CollectionSpec<Schema>,
  options: LoaderOptions,
): Promise<Array<z.output<Schema>>> {
  const loaded: Array<z.output<Schema>> = [];
  for (const offices of chunks(options.offices, OFFICES_PER_QUERY)) {
    const query = {
      contentType: spec.contentType,
      endpoint: spec.endpoint,
      params: { locale: options.locale ?? "pl", ...officeParams(spec, offices) },
    };
    for (const entry of await fetchCollection(query, options)) loaded.push(parseEntry(spec, entry));
  }
  return loaded;
}
