// Test support for other packages' tests (`@mops/cms/testing`): a seeded CMS with its demo
// accounts, HTTP clients of its content API and admin content manager, and PostgreSQL.

export {
  createPostgresDatabase,
  dropPostgresDatabase,
  isPostgresReachable,
  requirePostgres,
} from "../tooling/postgres.ts";
export {
  adminApi,
  contentApi,
  contentManager,
  createApiToken,
  type Entry,
  type ErrorBody,
  fileForm,
  type Reply,
  single,
} from "./cms-client.ts";
export { enterWeekWithoutWednesday, focusedName, retype, tabTo } from "./keyboard.ts";
export { tinyPdf, tinyPng } from "./sample-files.ts";
export {
  type StrapiDatabase,
  type StrapiProcess,
  type StrapiProcessOptions,
  startStrapi,
} from "./strapi-process.ts";
