// The Astro Content Layer loader for one Strapi collection of the offices being built: fetches every page,
// validates changed entries with the shared schema, skips unchanged ones by digest and removes
// entries that vanished from the CMS. Any failure aborts the build with a named error.
import type { Loader, LoaderContext } from "astro/loaders";
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
}

/** Offices per REST query: keeps `filters[…][$in]` URLs far below Koa's header limit. */
export const OFFICES_PER_QUERY = 40;

export interface LoadStats {
  contentType: string;
  fetched: number;
  changed: number;
  unchanged: number;
  removed: number;
}

/** The part of Astro's data store a sync uses. */
export interface Store {
  get(id: string): { digest?: string | number } | undefined;
  set(entry: { id: string; data: Record<string, unknown>; digest: string }): unknown;
  keys(): string[];
  delete(id: string): void;
}

export interface SyncContext {
  store: Store;
  generateDigest: LoaderContext["generateDigest"];
}

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

/** One sync of one collection into an Astro data store; returns what changed. */
export async function syncCollection<Schema extends z.ZodType>(
  spec: CollectionSpec<Schema>,
  options: LoaderOptions,
  context: SyncContext,
): Promise<LoadStats> {
  const entries: RawEntry[] = [];
  for (const offices of chunks(options.offices, OFFICES_PER_QUERY)) {
    const query = {
      contentType: spec.contentType,
      endpoint: spec.endpoint,
      params: { locale: "pl", ...officeParams(spec, offices) },
    };
    entries.push(...(await fetchCollection(query, options)));
  }
  // Validate everything that changed before touching the store: a failed build changes nothing.
  const updates: Array<{ id: string; data: Record<string, unknown>; digest: string }> = [];
  let unchanged = 0;
  for (const entry of entries) {
    const digest = context.generateDigest(entry);
    if (context.store.get(entry.documentId)?.digest === digest) {
      unchanged++;
      continue;
    }
    // Every content schema is an object schema, so its output is a record.
    const data = parseEntry(spec, entry) as Record<string, unknown>;
    updates.push({ id: entry.documentId, data, digest });
  }
  for (const update of updates) context.store.set(update);
  const present = new Set(entries.map((entry) => entry.documentId));
  const vanished = context.store.keys().filter((id) => !present.has(id));
  for (const id of vanished) context.store.delete(id);
  return {
    contentType: spec.contentType,
    fetched: entries.length,
    changed: updates.length,
    unchanged,
    removed: vanished.length,
  };
}

/**
 * `options` is read when a sync starts; undefined means no office is being built (`astro check`
 * generating types), and the collection stays empty. Pages then refuse to render.
 */
export function strapiLoader<Schema extends z.ZodType>(
  spec: CollectionSpec<Schema>,
  options: () => LoaderOptions | undefined,
): Loader {
  return {
    name: `strapi:${spec.contentType}`,
    async load(context) {
      const resolved = options();
      if (!resolved) {
        context.logger.warn(`${spec.contentType}: no office selected, nothing loaded`);
        return;
      }
      let stats: LoadStats;
      try {
        stats = await syncCollection(spec, resolved, context);
      } catch (error) {
        // Astro prints only the message; the name tells the build driver what failed.
        if (error instanceof Error) context.logger.error(`${error.name}: ${error.message}`);
        throw error;
      }
      context.logger.info(
        `${stats.contentType}: ${stats.fetched} entries, ${stats.changed} changed, ${stats.unchanged} unchanged, ${stats.removed} removed`,
      );
    },
  };
}
