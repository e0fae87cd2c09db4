// The entry as a create or update will store it: the current draft (for an update) with the
// written fields on top, relations reduced to the related document ids.
import { type ContentUid, isOwnedUid, officeLocalRelations, officeUid } from "./content-types";
import { type DocumentStore, type Row, relatedIds } from "./document-store";
import { type RelationRef, refsOf, relatedAfter, relationChange } from "./relation-input";

export interface EntryAfterWrite {
  /** Fields as stored after the write (relations excluded). */
  fields: Row;
  /** Related document ids after the write, by relation attribute (`office` included). */
  relations: Record<string, string[]>;
}

/** Relation attributes checked for a content type, with their target and cardinality. */
export function checkedRelations(
  uid: ContentUid,
): [name: string, target: string, toOne: boolean][] {
  const local = Object.entries(officeLocalRelations[uid]).map(
    ([name, target]): [string, string, boolean] => [name, target, name !== "programmes"],
  );
  return isOwnedUid(uid) ? [["office", officeUid, true], ...local] : local;
}

export async function entryAfterWrite(
  store: DocumentStore,
  uid: ContentUid,
  base: Row,
  data: Row,
): Promise<EntryAfterWrite> {
  const relations: Record<string, string[]> = {};
  const fields: Row = { ...base, ...data };
  for (const [name, target, toOne] of checkedRelations(uid)) {
    delete fields[name];
    const change = relationChange(data[name]);
    const byId = change ? await store.documentIds(target, refsOf(change)) : new Map();
    const toDocumentId = (ref: RelationRef) =>
      "documentId" in ref ? ref.documentId : byId.get(ref.id);
    relations[name] = relatedAfter(relatedIds(base[name]), change, toDocumentId, toOne);
  }
  return { fields, relations };
}
