// The middleware's orchestration: what it reads before and after a write, what it records in the
// outbox, and that the write and its record commit together. Strapi's side (the rows, the
// transaction) is a small in-memory table here; the Strapi-backed parts run in tests/outbox.
import { describe, expect, it } from "vitest";
import { type ContentTypeShape, type OfficeSelection, officeUid } from "./affected-offices";
import { type ChangeContext, createChangeMiddleware } from "./change-middleware";

const newsPost: ContentTypeShape = {
  attributes: { office: { type: "relation", target: officeUid } },
};
const holiday: ContentTypeShape = { attributes: { date: { type: "date" } } };

/**
 * Strapi's side in memory: an office table, and a transaction that keeps what was recorded only
 * when the work inside it resolves (a throw rolls everything back, as the database does).
 */
function harness(officeOfDocument: Map<string, string[]>, failLookup = false, failRecord = false) {
  const recorded: { offices: OfficeSelection; action: string }[] = [];
  const errors: string[] = [];
  const lookups: string[] = [];
  let wakes = 0;
  let pending: typeof recorded = [];
  const middleware = createChangeMiddleware({
    officeSlugsOf: async (_uid, _scope, documentId) => {
      lookups.push(documentId);
      if (failLookup) throw new Error("database is locked");
      return officeOfDocument.get(documentId) ?? [];
    },
    async transaction(work) {
      const callbacks: (() => void)[] = [];
      pending = [];
      try {
        const result = await work((callback) => callbacks.push(callback));
        recorded.push(...pending);
        for (const callback of callbacks) callback();
        return result;
      } finally {
        pending = [];
      }
    },
    async record(offices, change) {
      if (failRecord) throw new Error("disk I/O error");
      pending.push({ offices, action: change.action });
    },
    committed: () => {
      wakes += 1;
    },
    log: { info: () => {}, warn: () => {}, error: (message) => errors.push(message) },
    ignoredUids: ["api::rebuild-request.rebuild-request"],
  });
  return { middleware, recorded, errors, lookups, wakes: () => wakes };
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
    const { middleware, recorded, wakes } = harness(table);
    const result = await middleware(context(action, { documentId: "doc-1" }), async () => {
      table.set("doc-1", after);
      return { documentId: "doc-1" };
    });
    expect(result).toEqual({ documentId: "doc-1" });
    expect(recorded).toEqual([{ offices: expected, action }]);
    expect(wakes()).toBe(1);
  });

  it("asks for every office when a shared type changes, without reading any office", async () => {
    const { middleware, recorded, lookups } = harness(new Map());
    await middleware(context("update", { documentId: "h1" }, holiday), async () => ({
      documentId: "h1",
    }));
    expect(recorded).toEqual([{ offices: "all", action: "update" }]);
    expect(lookups).toEqual([]);
  });

  it.each([
    ["a read", context("findMany", {})],
    ["an admin type", { uid: "admin::user", action: "update", params: { documentId: "u1" } }],
    [
      "the outbox itself",
      {
        uid: "api::rebuild-request.rebuild-request",
        action: "update",
        params: { documentId: "u1" },
      },
    ],
  ])("passes %s through untouched", async (_name, ctx) => {
    const { middleware, recorded, lookups, wakes } = harness(new Map([["u1", ["kutno"]]]));
    expect(await middleware(ctx, async () => "result")).toBe("result");
    expect(recorded).toEqual([]);
    expect(lookups).toEqual([]);
    expect(wakes()).toBe(0);
  });

  it("records nothing when the write fails, and lets the error through", async () => {
    const { middleware, recorded, wakes } = harness(new Map([["doc-1", ["kutno"]]]));
    const failing = middleware(context("update", { documentId: "doc-1" }), async () => {
      throw new Error("ValidationError: title is required");
    });
    await expect(failing).rejects.toThrow("ValidationError: title is required");
    expect(recorded).toEqual([]);
    expect(wakes()).toBe(0);
  });

  it("fails the write when its rebuild request cannot be recorded (both or neither)", async () => {
    const { middleware, recorded, wakes } = harness(new Map([["doc-1", ["kutno"]]]), false, true);
    const writing = middleware(context("update", { documentId: "doc-1" }), async () => ({
      documentId: "doc-1",
    }));
    await expect(writing).rejects.toThrow("disk I/O error");
    expect(recorded).toEqual([]);
    expect(wakes()).toBe(0);
  });

  it("asks for every office when the office cannot be read, keeps the save, logs why", async () => {
    const { middleware, recorded, errors } = harness(new Map(), true);
    const result = await middleware(context("update", { documentId: "doc-1" }), async () => ({
      documentId: "doc-1",
    }));
    expect(result).toEqual({ documentId: "doc-1" });
    expect(recorded).toEqual([{ offices: "all", action: "update" }]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      /cannot read the office of api::news-post.news-post doc-1, asking for every office: Error: database is locked/,
    );
  });
});
