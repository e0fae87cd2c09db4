import { describe, expect, it } from "vitest";
import { type RelationRef, relatedAfter, relationChange } from "./relation-input";

const byId: Record<number, string> = { 7: "doc-7", 8: "doc-8" };
const toDocumentId = (ref: RelationRef) => ("documentId" in ref ? ref.documentId : byId[ref.id]);

describe("relatedAfter (to-one)", () => {
  it.each([
    ["absent: unchanged", undefined, ["cur"]],
    ["null: cleared", null, []],
    ["a document id", "new", ["new"]],
    ["an entry id", 7, ["doc-7"]],
    ["{ documentId }", { documentId: "new", locale: "pl" }, ["new"]],
    ["{ id } as a string", { id: "8" }, ["doc-8"]],
    ["a list", ["a", "b"], ["b"]],
    ["connect replaces", { connect: [{ documentId: "new" }], disconnect: [] }, ["new"]],
    ["empty connect and disconnect keep", { connect: [], disconnect: [] }, ["cur"]],
    ["disconnect the current", { disconnect: [{ documentId: "cur" }] }, []],
    ["disconnect another keeps", { disconnect: [{ documentId: "x" }] }, ["cur"]],
    ["set", { set: [{ id: 7 }] }, ["doc-7"]],
    ["an unknown entry id", 99, []],
  ])("%s", (_what, value, expected) => {
    expect(relatedAfter(["cur"], relationChange(value), toDocumentId, true)).toEqual(expected);
  });
});

describe("relatedAfter (to-many)", () => {
  it.each([
    ["absent: unchanged", undefined, ["a", "b"]],
    ["a list replaces", ["c"], ["c"]],
    ["connect adds once", { connect: [{ documentId: "c" }, { documentId: "a" }] }, ["a", "b", "c"]],
    ["disconnect removes", { disconnect: [{ documentId: "a" }] }, ["b"]],
    ["set then connect", { set: [{ documentId: "c" }], connect: [{ id: 7 }] }, ["c", "doc-7"]],
  ])("%s", (_what, value, expected) => {
    expect(relatedAfter(["a", "b"], relationChange(value), toDocumentId, false)).toEqual(expected);
  });
});
