// Which offices a change touches. The office document itself: that office. A type that belongs to
// an office through a relation: the office (or offices, before and after a move) it belongs to.
// Any other type of the API (something shared by every office): all offices. Types outside the
// API (admin users, roles, tokens, …) reach no site and are ignored unless listed as shared.

export const officeUid = "api::office.office";

/** Offices to rebuild: some by slug, or every office. */
export type OfficeSelection = readonly string[] | "all";

export type Scope =
  | { kind: "office" }
  | { kind: "owned"; relation: string }
  | { kind: "shared" }
  | { kind: "ignored" };

export interface AttributeShape {
  type: string;
  target?: unknown;
}

export interface ContentTypeShape {
  attributes: Readonly<Record<string, AttributeShape>>;
}

function officeRelation(contentType: ContentTypeShape | undefined): string | undefined {
  const attributes = Object.entries(contentType?.attributes ?? {});
  return attributes.find(([, a]) => a.type === "relation" && a.target === officeUid)?.[0];
}

const scopeByNamespace: ReadonlyMap<
  string,
  (uid: string, contentType: ContentTypeShape | undefined) => Scope
> = new Map([
  [
    "api",
    (uid: string, contentType: ContentTypeShape | undefined): Scope => {
      if (uid === officeUid) return { kind: "office" };
      const relation = officeRelation(contentType);
      return relation ? { kind: "owned", relation } : { kind: "shared" };
    },
  ],
]);

export function scopeOf(
  uid: string,
  contentType: ContentTypeShape | undefined,
  sharedUids: readonly string[] = [],
): Scope {
  if (sharedUids.includes(uid)) return { kind: "shared" };
  const namespace = uid.split("::", 1)[0] ?? "";
  return scopeByNamespace.get(namespace)?.(uid, contentType) ?? { kind: "ignored" };
}

/**
 * When to read the office of a document for each writing action: before the write (the rows it
 * is about to change or remove), after it (the rows it created or moved), or both. Actions not
 * listed (find*, count) change nothing.
 */
export const lookupPhases: ReadonlyMap<string, { before: boolean; after: boolean }> = new Map([
  ["create", { before: false, after: true }],
  ["clone", { before: false, after: true }],
  ["update", { before: true, after: true }],
  ["delete", { before: true, after: false }],
  ["publish", { before: true, after: false }],
  ["unpublish", { before: true, after: false }],
  ["discardDraft", { before: true, after: false }],
]);

/** The `documentId` a params object or an action's result names, if any. */
export function documentIdOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || !("documentId" in value)) return undefined;
  const { documentId } = value;
  return typeof documentId === "string" && documentId !== "" ? documentId : undefined;
}

/** Slugs from rows read with the office relation populated (or from office rows themselves). */
export function slugsOfRows(rows: readonly unknown[], relation?: string): string[] {
  const slugs = new Set<string>();
  for (const row of rows) {
    const holder = relation ? fieldOf(row, relation) : row;
    const slug = fieldOf(holder, "slug");
    if (typeof slug === "string" && slug !== "") slugs.add(slug);
  }
  return [...slugs].sort();
}

function fieldOf(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null) return undefined;
  return (value as Record<string, unknown>)[key];
}
