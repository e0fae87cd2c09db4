// Slugs editors need not type: a create or update that leaves an entry's slug empty gets one made
// from its title (or name), unique among the office's entries of that type. Offices are left
// out: an office's slug names its site and is chosen by a super admin.
import { slugFromTitle, uniqueSlug } from "@mops/shared";
import type { ContentUid } from "./content-types";
import type { DocumentStore } from "./document-store";
import type { EntryAfterWrite } from "./entry-after-write";

/** The field a slug is made from, by content type; types not listed keep what is typed. */
export const SLUG_SOURCES: Readonly<Partial<Record<ContentUid, string>>> = {
  "api::department.department": "name",
  "api::programme.programme": "title",
  "api::news-post.news-post": "title",
};

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * The slug to store for an entry written with an empty slug: made from its title, unique within
 * its office among other documents of `uid`. Undefined when the slug is not empty, the type has
 * no source field, or there is no office or no title to make one from (the rules then report
 * what is missing).
 */
export async function slugToFill(
  store: Pick<DocumentStore, "slugsInUse">,
  uid: ContentUid,
  documentId: string | undefined,
  entry: EntryAfterWrite,
): Promise<string | undefined> {
  const source = SLUG_SOURCES[uid];
  if (source === undefined || !isBlank(entry.fields.slug)) return undefined;
  const title = entry.fields[source];
  const base = typeof title === "string" ? slugFromTitle(title) : undefined;
  const office = entry.relations.office?.[0];
  if (base === undefined || office === undefined) return undefined;
  return uniqueSlug(base, await store.slugsInUse(uid, base, office, documentId));
}
