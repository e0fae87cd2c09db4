// Reads a relation value as the Document Service accepts it in `data` (a document id, an entry
// id, `{ documentId }`, a list, `{ connect, disconnect, set }` or null) and works out the related
// documents after the write.

export type RelationRef = { documentId: string } | { id: number };

export interface RelationChange {
  /** Replaces the current relations when present (null and plain values are a `set`). */
  set?: RelationRef[];
  connect: RelationRef[];
  disconnect: RelationRef[];
}

type Data = Record<string, unknown>;

const isData = (value: unknown): value is Data =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function ref(value: unknown): RelationRef | undefined {
  if (typeof value === "string" && value !== "") return { documentId: value };
  if (typeof value === "number" && Number.isInteger(value)) return { id: value };
  if (isData(value)) {
    if (typeof value.documentId === "string") return { documentId: value.documentId };
    if (typeof value.id === "number") return { id: value.id };
    if (typeof value.id === "string" && /^\d+$/.test(value.id)) return { id: Number(value.id) };
  }
  return undefined;
}

function refs(value: unknown): RelationRef[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.map(ref).filter((r): r is RelationRef => r !== undefined);
}

/** The change a relation value asks for; `undefined` when the value is absent. */
export function relationChange(value: unknown): RelationChange | undefined {
  if (value === undefined) return undefined;
  if (value === null) return { set: [], connect: [], disconnect: [] };
  if (isData(value) && ("connect" in value || "disconnect" in value || "set" in value)) {
    return {
      ...("set" in value ? { set: refs(value.set) } : {}),
      connect: refs(value.connect),
      disconnect: refs(value.disconnect),
    };
  }
  return { set: refs(value), connect: [], disconnect: [] };
}

/** Every reference a change names, to resolve entry ids into document ids in one go. */
export const refsOf = (change: RelationChange): RelationRef[] => [
  ...(change.set ?? []),
  ...change.connect,
  ...change.disconnect,
];

/**
 * The related document ids after applying `change` to `current`. For a to-one relation a
 * connect replaces the current target.
 */
export function relatedAfter(
  current: readonly string[],
  change: RelationChange | undefined,
  toDocumentId: (ref: RelationRef) => string | undefined,
  toOne: boolean,
): string[] {
  if (!change) return [...current];
  const ids = (list: RelationRef[]) =>
    list.map(toDocumentId).filter((id): id is string => id !== undefined);
  const connected = ids(change.connect);
  const disconnected = new Set(ids(change.disconnect));
  const base = change.set ? ids(change.set) : [...current];
  if (toOne) {
    if (connected.length > 0) return [connected.at(-1)!];
    return base.filter((id) => !disconnected.has(id)).slice(-1);
  }
  const result = base.filter((id) => !disconnected.has(id));
  for (const id of connected) if (!result.includes(id)) result.push(id);
  return result;
}
