import { describe, expect, it } from "vitest";
import { type OfficeFillCase, officeToFill } from "./office-fill";

const news = "api::news-post.news-post";
const base: OfficeFillCase = { uid: news, action: "create", officeAfter: [], editorOffices: ["k"] };

describe.each<[string, Partial<OfficeFillCase>, string | undefined]>([
  ["a new entry without an office, editor of one office", {}, "k"],
  ["every office-scoped type", { uid: "api::schedule.schedule" }, "k"],
  ["an editor of two offices must choose", { editorOffices: ["k", "p"] }, undefined],
  ["an editor of no office gets nothing", { editorOffices: [] }, undefined],
  ["an office named by the write is kept", { officeAfter: ["p"] }, undefined],
  ["an update is never filled", { action: "update" }, undefined],
  ["a clone is never filled", { action: "clone" }, undefined],
  ["an office itself has no office", { uid: "api::office.office" }, undefined],
  ["a type outside the content model", { uid: "plugin::upload.file" }, undefined],
])("officeToFill: %s", (_name, change, expected) => {
  it(`gives ${String(expected)}`, () => {
    expect(officeToFill({ ...base, ...change })).toBe(expected);
  });
});
