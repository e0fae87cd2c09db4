// The middleware's orchestration: what it reads before and after a write, what it queues, and
// that nothing it does can fail or alter the write. Strapi's side (the rows, the transaction) is
// a small in-memory table here; the Strapi-backed reader runs in the end-to-end tests.
import { describe, expect, it } from "vitest";
import { type ContentTypeShape, type OfficeSelection, officeUid } from "./affected-offices";
import { type ChangeContext, createChangeMiddleware } from "./change-middleware";

const newsPost: ContentTypeShape = {
  attributes: { office: { type: "relation", target: officeUid } },
};
const holiday: ContentTypeShape = { attributes: { date: { type: "date" } } };

function harness(officeOfDocument: Map<string, string[]>, failLookup = false) {
  const queued: { offices: OfficeSelection; action: string }[] = [];
  const commits: (() => void)[] = [];
  const errors: string[] = [];
  const lookups: string[] = [];
  const middleware = createChangeMiddleware({
    notifier: { notify: (offices, source) => queued.push({ offices, action: source.action }) },
    officeSlugsOf: async (_uid, _scope, documentId) => {
      lookups.push(documentId);
      if (failLookup) throw new Error("database is locked");
      return officeOfDocument.get(documentId) ?? [];
    },
    afterCommit: (send) => commits.push(send),
    log: { info: () => {}, warn: () => {}, error: (message) => errors.push(message) },
  });
  const commit = () => {
    for (const send of commits.splice(0)) send();
  };
  return { middleware, queued, commit, errors, lookups };
}

const context = (action: string, params: unknown, contentType = newsPost): ChangeContext => ({
  uid: contentType === holiday ? "api::holiday.holiday" : "api::news-post.news-post",
  action,
  params,
  contentType,
});

describe("change middleware", () => {
  it.each([
    {
      name: "create: the office of the new document",
      action: "create",
      before: [],
      after: ["krasnik"],
      expected: ["krasnik"],
    },
    {
      name: "update moving a post to another office: both offices",
      action: "update",
      before: ["krasnik"],
      after: ["kalisz"],
      expected: ["krasnik", "kalisz"],
    },
    {
      name: "publish: the office read before",
      action: "publish",
      before: ["kutno"],
      after: ["kutno"],
      expected: ["kutno"],
    },
    {
      name: "delete: the office read before the rows are gone",
      action: "delete",
      before: ["orzesze"],
      after: [],
      expected: ["orzesze"],
    },
  ])("$name", async ({ action, before, after, expected }) => {
    const table = new Map([["doc-1", before]]);
    const { middleware, queued, commit } = harness(table);
    const result = await middleware(context(action, { documentId: "doc-1" }), async () => {
      table.set("doc-1", after);
      return { documentId: "doc-1" };
    });
    expect(result).toEqual({ documentId: "doc-1" });
    expect(queued).toEqual([]);
    commit();
    expect(queued).toEqual([{ offices: expected, action }]);
  });

  it("asks for every office when a shared type changes, without reading any office", async () => {
    const { middleware, queued, commit, lookups } = harness(new Map());
    await middleware(context("update", { documentId: "h1" }, holiday), async () => ({
      documentId: "h1",
    }));
    commit();
    expect(queued).toEqual([{ offices: "all", action: "update" }]);
    expect(lookups).toEqual([]);
  });

  it.each([
    ["a read", context("findMany", {})],
    ["an admin type", { uid: "admin::user", action: "update", params: { documentId: "u1" } }],
  ])("passes %s through untouched", async (_name, ctx) => {
    const { middleware, queued, commit, lookups } = harness(new Map([["u1", ["kutno"]]]));
    expect(await middleware(ctx, async () => "result")).toBe("result");
    commit();
    expect(queued).toEqual([]);
    expect(lookups).toEqual([]);
  });

  it("queues nothing when the write fails, and lets the error through", async () => {
    const { middleware, queued, commit } = harness(new Map([["doc-1", ["kutno"]]]));
    const failing = middleware(context("update", { documentId: "doc-1" }), async () => {
      throw new Error("ValidationError: title is required");
    });
    await expect(failing).rejects.toThrow("ValidationError: title is required");
    commit();
    expect(queued).toEqual([]);
  });

  it("keeps the save when the office cannot be read, and logs why", async () => {
    const { middleware, queued, commit, errors } = harness(new Map(), true);
    const result = await middleware(context("update", { documentId: "doc-1" }), async () => ({
      documentId: "doc-1",
    }));
    commit();
    expect(result).toEqual({ documentId: "doc-1" });
    expect(queued).toEqual([]);
    expect(errors).toEqual([
      "rebuild notify: cannot read the office of api::news-post.news-post doc-1: Error: database is locked",
      "rebuild notify: cannot read the office of api::news-post.news-post doc-1: Error: database is locked",
    ]);
  });
});
