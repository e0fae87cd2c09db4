// Test support other packages' tests use: a scripted HTTP server that can stand in front of a
// real CMS (to inject faults) and Strapi-shaped pages.

export { fixtureContent } from "../fixture-content.ts";
export { writeTestFixtures, XSS_POST } from "../test-fixtures.ts";
export {
  restPage,
  type Scripted,
  startTestServer,
  type TestServer,
  unnamedServiceOf,
} from "./strapi-test-server.ts";
