import { describe, expect, it } from "vitest";
import {
  type ContentTypeShape,
  documentIdOf,
  lookupPhases,
  officeUid,
  scopeOf,
  slugsOfRows,
} from "./affected-offices";

const owned: ContentTypeShape = {
  attributes: {
    title: { type: "string" },
    office: { type: "relation", target: officeUid },
    programmes: { type: "relation", target: "api::programme.programme" },
  },
};
const ownedUnderAnotherName: ContentTypeShape = {
  attributes: { owner: { type: "relation", target: officeUid } },
};
const unowned: ContentTypeShape = { attributes: { title: { type: "string" } } };

describe("scopeOf", () => {
  it.each([
    ["the office itself", officeUid, unowned, [], { kind: "office" }],
    [
      "a type with an office relation",
      "api::news-post.news-post",
      owned,
      [],
      { kind: "owned", relation: "office" },
    ],
    [
      "a relation named otherwise",
      "api::schedule.schedule",
      ownedUnderAnotherName,
      [],
      { kind: "owned", relation: "owner" },
    ],
    ["an API type without an office", "api::holiday.holiday", unowned, [], { kind: "shared" }],
    ["an admin type", "admin::user", unowned, [], { kind: "ignored" }],
    ["a plugin type", "plugin::upload.file", unowned, [], { kind: "ignored" }],
    [
      "a plugin type listed as shared",
      "plugin::upload.file",
      unowned,
      ["plugin::upload.file"],
      { kind: "shared" },
    ],
    ["an unknown schema", "api::ghost.ghost", undefined, [], { kind: "shared" }],
  ] as const)("%s", (_name, uid, contentType, shared, expected) => {
    expect(scopeOf(uid, contentType, shared)).toEqual(expected);
  });
});

describe("lookupPhases", () => {
  it.each([
    ["create", { before: false, after: true }],
    ["update", { before: true, after: true }],
    ["delete", { before: true, after: false }],
    ["publish", { before: true, after: false }],
    ["unpublish", { before: true, after: false }],
    ["discardDraft", { before: true, after: false }],
    ["findMany", undefined],
    ["findOne", undefined],
    ["count", undefined],
    ["toString", undefined],
  ])("%s", (action, expected) => {
    expect(lookupPhases.get(action)).toEqual(expected);
  });
});

describe("documentIdOf", () => {
  it.each([
    ["params of update", { documentId: "abc123", data: {} }, "abc123"],
    ["a delete result", { documentId: "abc123", entries: [] }, "abc123"],
    ["params of create", { data: { title: "x" } }, undefined],
    ["an empty id", { documentId: "" }, undefined],
    ["a numeric id", { documentId: 7 }, undefined],
    ["null (update of a missing document)", null, undefined],
  ])("%s", (_name, value, expected) => {
    expect(documentIdOf(value)).toBe(expected);
  });
});

describe("slugsOfRows", () => {
  it.each([
    ["office rows", [{ slug: "kutno" }, { slug: "kutno" }], undefined, ["kutno"]],
    [
      "rows moved between offices (draft and published differ)",
      [
        { id: 1, office: { slug: "krasnik" } },
        { id: 2, office: { slug: "kalisz" } },
      ],
      "office",
      ["kalisz", "krasnik"],
    ],
    ["a row without an office", [{ id: 1, office: null }], "office", []],
    ["no rows", [], "office", []],
    ["malformed rows", [null, 3, { office: { slug: 5 } }], "office", []],
  ])("%s", (_name, rows, relation, expected) => {
    expect(slugsOfRows(rows, relation)).toEqual(expected);
  });
});
