// Every admin route the CMS serves, classified for office editors ("Redaktor ośrodka"). Office
// editors are treated as hostile to other offices and to the platform: a route is open to them only
// when it is listed here as such, and the route gate (./route-gate.ts) refuses every other one,
// including routes a Strapi upgrade adds (the CMS then refuses to start until they are classified
// here). Super admins are not restricted by this table.
//
//   public       no authentication: logging in, the admin panel's files, the uploads folder
//   own-account  the editor's own account, session and dashboard layout; nothing of an office
//   schema       read-only descriptions of the content model and UI settings, the same for all
//   scoped       open, through the named scope (./route-scopes/) that confines it to the
//                editor's offices; another office's data answers as if it did not exist
//   platform     refused: users, roles, tokens, settings, schema changes, webhooks, e-mail, AI
//
// Keys are `METHOD path` as Strapi's router registers them (GET routes also answer HEAD).

export const scopeNames = [
  "document",
  "preview-url",
  "content-type",
  "recent-documents",
  "bulk-documents",
  "draft-relation-counts",
  "relation-picker",
  "existing-relations",
  "i18n-entry",
  "homepage-counts",
  "build-status",
  "own-profile",
  "media-files",
  "media-file",
  "media-upload",
  "media-folders",
  "media-folder",
  "media-folder-create",
  "media-bulk",
] as const;

export type ScopeName = (typeof scopeNames)[number];

export type RouteRule =
  | "public"
  | "own-account"
  | "schema"
  | "platform"
  | { readonly scope: ScopeName };

const scoped = (scope: ScopeName): RouteRule => ({ scope });

export const adminRouteRules: Readonly<Record<string, RouteRule>> = {
  // Files served by Strapi itself (no authentication; uploads get safe headers, see src/media).
  "GET /": "public",
  "GET /((?!uploads/).+)": "public",
  "GET /uploads/(.*)": "public",
  "GET /admin/:path*": "public",
  "ALL /_health": "public",

  // Authentication.
  "POST /admin/login": "public",
  "POST /admin/access-token": "public",
  "POST /admin/register-admin": "public",
  "GET /admin/registration-info": "public",
  "POST /admin/register": "public",
  "POST /admin/forgot-password": "public",
  "POST /admin/reset-password": "public",
  "GET /admin/init": "public",
  "GET /admin/project-type": "public",
  "POST /admin/logout": "own-account",

  // The editor's own account.
  "GET /admin/users/me": "own-account",
  "PUT /admin/users/me": scoped("own-profile"),
  "GET /admin/users/me/permissions": "own-account",
  "GET /admin/users/me/sessions": "own-account",
  "DELETE /admin/users/me/sessions": "own-account",
  "DELETE /admin/users/me/sessions/:sessionId": "own-account",
  "POST /admin/permissions/check": "own-account",
  "GET /admin/homepage/layout": "own-account",
  "PUT /admin/homepage/layout": "own-account",
  "GET /admin/guided-tour-meta": "own-account",

  // The build status of the editor's offices (src/build-status), from the rebuild service.
  "GET /admin/build-status": scoped("build-status"),
  "GET /admin/build-status/:office": scoped("build-status"),

  // What the admin panel reads to draw itself.
  "GET /admin/information": "schema",
  "GET /admin/telemetry-properties": "schema",
  "GET /admin/license-trial-time-left": "schema",
  "GET /admin/project-settings": "schema",
  "GET /admin/plugins": "schema",
  "GET /content-manager/init": "schema",
  "GET /content-manager/content-types": "schema",
  "GET /content-manager/components": "schema",
  "GET /content-manager/content-types-settings": "schema",
  "GET /content-manager/content-types/:uid/configuration": "schema",
  "GET /content-manager/components/:uid/configuration": "schema",
  "GET /content-manager/preview/script": "schema",
  "GET /i18n/locales": "schema",
  "GET /i18n/iso-locales": "schema",
  "GET /i18n/settings": "schema",
  "GET /upload/configuration": "schema",

  // Dashboard widgets.
  // Shown to super admins only: counts users, tokens and webhooks of the whole platform.
  "GET /admin/homepage/key-statistics": "platform",
  "GET /content-manager/homepage/count-documents": scoped("homepage-counts"),
  // Reads through the Document Service, whose office scope filters it.
  "GET /content-manager/homepage/recent-documents": scoped("recent-documents"),

  // Entries (collection types; the CMS has no single types).
  "GET /content-manager/collection-types/:model": scoped("content-type"),
  "POST /content-manager/collection-types/:model": scoped("content-type"),
  "POST /content-manager/collection-types/:model/actions/publish": scoped("content-type"),
  "GET /content-manager/collection-types/:model/:id": scoped("document"),
  "PUT /content-manager/collection-types/:model/:id": scoped("document"),
  "DELETE /content-manager/collection-types/:model/:id": scoped("document"),
  "GET /content-manager/collection-types/:model/:id/actions/countDraftRelations":
    scoped("document"),
  "POST /content-manager/collection-types/:model/:id/actions/discard": scoped("document"),
  "POST /content-manager/collection-types/:model/:id/actions/publish": scoped("document"),
  "POST /content-manager/collection-types/:model/:id/actions/unpublish": scoped("document"),
  "POST /content-manager/collection-types/:model/clone/:sourceId": scoped("document"),
  "POST /content-manager/collection-types/:model/auto-clone/:sourceId": scoped("document"),
  "POST /content-manager/collection-types/:model/actions/bulkDelete": scoped("bulk-documents"),
  "POST /content-manager/collection-types/:model/actions/bulkPublish": scoped("bulk-documents"),
  "POST /content-manager/collection-types/:model/actions/bulkUnpublish": scoped("bulk-documents"),
  "POST /content-manager/collection-types/:model/actions/bulkFindForValidation":
    scoped("bulk-documents"),
  "GET /content-manager/collection-types/:model/actions/countManyEntriesDraftRelations":
    scoped("draft-relation-counts"),
  "GET /content-manager/relations/:model/:targetField": scoped("relation-picker"),
  "GET /content-manager/relations/:model/:id/:targetField": scoped("existing-relations"),
  "POST /i18n/content-manager/actions/get-non-localized-fields": scoped("i18n-entry"),
  "GET /i18n/content-manager/get-fill-from-locale/:model": scoped("i18n-entry"),

  // Media library: the editor's offices' folders only.
  "GET /upload/files": scoped("media-files"),
  "GET /upload/files/:id": scoped("media-file"),
  "PUT /upload/files/:id": scoped("media-file"),
  "DELETE /upload/files/:id": scoped("media-file"),
  "POST /upload/files/:id/replace": scoped("media-file"),
  "POST /upload": scoped("media-upload"),
  "POST /upload/files": scoped("media-upload"),
  "GET /upload/folders": scoped("media-folders"),
  "GET /upload/folder-structure": scoped("media-folders"),
  "GET /upload/folders/:id": scoped("media-folder"),
  "PUT /upload/folders/:id": scoped("media-folder"),
  "POST /upload/folders": scoped("media-folder-create"),
  "POST /upload/actions/bulk-delete": scoped("media-bulk"),
  "POST /upload/actions/bulk-move": scoped("media-bulk"),
  "POST /upload/actions/bulk-update": scoped("media-bulk"),

  // The platform: super admins only.
  "POST /upload/actions/upload-from-urls": "platform",
  "POST /upload/actions/generate-ai-metadata": "platform",
  "POST /upload/ai-metadata-jobs": "platform",
  "GET /upload/ai-metadata-jobs/latest": "platform",
  "GET /upload/ai-metadata-jobs/pending-count": "platform",
  "PUT /upload/configuration": "platform",
  "GET /upload/settings": "platform",
  "PUT /upload/settings": "platform",
  "PUT /content-manager/content-types/:uid/configuration": "platform",
  "PUT /content-manager/components/:uid/configuration": "platform",
  "GET /content-manager/preview/url/:contentType": scoped("preview-url"),
  // The CMS's content types have no uid fields (slugs are checked per office by the rules).
  "POST /content-manager/uid/check-availability": "platform",
  "POST /content-manager/uid/generate": "platform",
  "GET /content-manager/single-types/:model": "platform",
  "PUT /content-manager/single-types/:model": "platform",
  "DELETE /content-manager/single-types/:model": "platform",
  "GET /content-manager/single-types/:model/actions/countDraftRelations": "platform",
  "POST /content-manager/single-types/:model/actions/discard": "platform",
  "POST /content-manager/single-types/:model/actions/publish": "platform",
  "POST /content-manager/single-types/:model/actions/unpublish": "platform",
  "POST /i18n/locales": "platform",
  "PUT /i18n/locales/:id": "platform",
  "DELETE /i18n/locales/:id": "platform",
  "PUT /i18n/settings": "platform",
  "GET /i18n/ai-localization-jobs/collection-types/:contentType/:documentId": "platform",
  "GET /i18n/ai-localization-jobs/single-types/:contentType": "platform",
  "POST /admin/project-settings": "platform",
  "GET /admin/permissions": "platform",
  "GET /admin/ai-feature-config": "platform",
  "GET /admin/ai-token": "platform",
  "GET /admin/ai-usage": "platform",
  "GET /admin/users": "platform",
  "POST /admin/users": "platform",
  "GET /admin/users/:id": "platform",
  "PUT /admin/users/:id": "platform",
  "DELETE /admin/users/:id": "platform",
  "POST /admin/users/batch-delete": "platform",
  "GET /admin/roles": "platform",
  "POST /admin/roles": "platform",
  "GET /admin/roles/:id": "platform",
  "PUT /admin/roles/:id": "platform",
  "DELETE /admin/roles/:id": "platform",
  "GET /admin/roles/:id/permissions": "platform",
  "PUT /admin/roles/:id/permissions": "platform",
  "POST /admin/roles/batch-delete": "platform",
  "GET /admin/api-tokens": "platform",
  "POST /admin/api-tokens": "platform",
  "GET /admin/api-tokens/:id": "platform",
  "PUT /admin/api-tokens/:id": "platform",
  "DELETE /admin/api-tokens/:id": "platform",
  "POST /admin/api-tokens/:id/regenerate": "platform",
  "GET /admin/admin-tokens": "platform",
  "POST /admin/admin-tokens": "platform",
  "GET /admin/admin-tokens/:id": "platform",
  "PUT /admin/admin-tokens/:id": "platform",
  "DELETE /admin/admin-tokens/:id": "platform",
  "GET /admin/admin-tokens/:id/owner-permissions": "platform",
  "POST /admin/admin-tokens/:id/regenerate": "platform",
  "GET /admin/content-api/permissions": "platform",
  "GET /admin/content-api/routes": "platform",
  "GET /admin/transfer/runner/pull": "platform",
  "GET /admin/transfer/runner/push": "platform",
  "GET /admin/transfer/tokens": "platform",
  "POST /admin/transfer/tokens": "platform",
  "GET /admin/transfer/tokens/:id": "platform",
  "PUT /admin/transfer/tokens/:id": "platform",
  "DELETE /admin/transfer/tokens/:id": "platform",
  "POST /admin/transfer/tokens/:id/regenerate": "platform",
  "GET /admin/webhooks": "platform",
  "POST /admin/webhooks": "platform",
  "GET /admin/webhooks/:id": "platform",
  "PUT /admin/webhooks/:id": "platform",
  "DELETE /admin/webhooks/:id": "platform",
  "POST /admin/webhooks/:id/trigger": "platform",
  "POST /admin/webhooks/batch-delete": "platform",
  "POST /email": "platform",
  "GET /email/settings": "platform",
  "POST /email/test": "platform",
  "POST /email/verify": "platform",
  "GET /content-type-builder/schema": "platform",
  "POST /content-type-builder/update-schema": "platform",
  "GET /content-type-builder/update-schema-status": "platform",
  "GET /content-type-builder/reserved-names": "platform",
  "GET /content-type-builder/content-types": "platform",
  "POST /content-type-builder/content-types": "platform",
  "GET /content-type-builder/content-types/:uid": "platform",
  "PUT /content-type-builder/content-types/:uid": "platform",
  "DELETE /content-type-builder/content-types/:uid": "platform",
  "GET /content-type-builder/components": "platform",
  "POST /content-type-builder/components": "platform",
  "GET /content-type-builder/components/:uid": "platform",
  "PUT /content-type-builder/components/:uid": "platform",
  "DELETE /content-type-builder/components/:uid": "platform",
  "PUT /content-type-builder/component-categories/:name": "platform",
  "DELETE /content-type-builder/component-categories/:name": "platform",
};

/** The table key of a route: its method (GET for GET and HEAD) and its path. */
export const routeKey = (method: string, path: string): string => `${method.toUpperCase()} ${path}`;

/** The rule of a route; `undefined` for a route this table does not know (refused). */
export const ruleOf = (key: string): RouteRule | undefined =>
  Object.hasOwn(adminRouteRules, key) ? adminRouteRules[key] : undefined;
