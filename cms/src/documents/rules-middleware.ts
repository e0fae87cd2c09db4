// Document Service middleware that enforces the content rules on every write path (admin, REST,
// Document Service calls): a create or update is checked as it will be stored, a publish checks
// the drafts it publishes. A broken rule throws Strapi's ValidationError with the field paths
// (REST and admin answer 400 with `error.details.errors[].path`) before anything is written.
// A write that leaves the slug of a titled entry empty gets one made from the title first.
import { type ContentRuleError, RULES_BY_CONTENT_TYPE } from "@mops/shared";
import type { Core, Modules } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { apiIdOf, type ContentUid, isContentUid } from "./content-types";
import { createDocumentStore, type DocumentStore, type Row } from "./document-store";
import { entryAfterWrite } from "./entry-after-write";
import { completeTimes } from "./model-walk";
import { officeRuleErrors } from "./office-rules";
import { slugToFill } from "./slug-fill";

type Middleware = Modules.Documents.Middleware.Middleware;

const sharedRules: Readonly<Record<string, (entry: Row) => ContentRuleError[]>> =
  RULES_BY_CONTENT_TYPE;

export function toValidationError(problems: readonly ContentRuleError[]): errors.ValidationError {
  const message = problems.map((problem) => problem.message).join("; ");
  return new errors.ValidationError(message, {
    errors: problems.map((problem) => ({
      path: problem.pathSegments.map(String),
      message: problem.message,
      name: "ValidationError",
      value: null,
    })),
  });
}

async function problemsOf(
  store: DocumentStore,
  uid: ContentUid,
  documentId: string | undefined,
  base: Row,
  data: Row,
): Promise<ContentRuleError[]> {
  const entry = await entryAfterWrite(store, uid, base, data);
  const fieldRules = sharedRules[apiIdOf(uid)] ?? (() => []);
  return [...fieldRules(entry.fields), ...(await officeRuleErrors(store, uid, documentId, entry))];
}

/** A row without its relation fields (for a translation that does not exist yet). */
function withoutRelations(store: DocumentStore, uid: ContentUid, row: Row | undefined): Row {
  if (!row) return {};
  const attributes = store.getModel(uid)?.attributes ?? {};
  return Object.fromEntries(
    Object.entries(row).filter(([key]) => attributes[key]?.type !== "relation"),
  );
}

interface WriteParams {
  documentId?: string;
  locale?: unknown;
  data?: Row;
}

const singleLocale = (locale: unknown): string | undefined =>
  typeof locale === "string" && locale !== "*" ? locale : undefined;

const writeActions = new Set(["create", "update", "clone"]);

export function rulesMiddleware(strapi: Core.Strapi): Middleware {
  const store = createDocumentStore(strapi);

  return async (context, next) => {
    const uid = String(context.uid);
    if (!isContentUid(uid)) return next();
    const params = context.params as WriteParams;

    if (writeActions.has(context.action)) {
      const data = completeTimes(store.getModel, uid, params.data ?? {});
      params.data = data;
      // A clone is a new document that starts from its source's draft.
      const source = params.documentId;
      let base: Row = {};
      if (source && context.action !== "create") {
        const drafts = await store.drafts(uid, source, singleLocale(params.locale));
        // A new translation starts from another locale's draft without its relations: Strapi
        // links only entries of the same locale, so those are not carried over.
        base = drafts[0] ?? withoutRelations(store, uid, (await store.drafts(uid, source))[0]);
      }
      const documentId = context.action === "update" ? source : undefined;
      const slug = await slugToFill(
        store,
        uid,
        documentId,
        await entryAfterWrite(store, uid, base, data),
      );
      if (slug !== undefined) data.slug = slug;
      const problems = await problemsOf(store, uid, documentId, base, data);
      if (problems.length > 0) throw toValidationError(problems);
    }

    if (context.action === "publish" && params.documentId) {
      const drafts = await store.drafts(uid, params.documentId, singleLocale(params.locale));
      for (const draft of drafts) {
        const problems = await problemsOf(store, uid, params.documentId, draft, {});
        if (problems.length > 0) throw toValidationError(problems);
      }
    }

    return next();
  };
}
