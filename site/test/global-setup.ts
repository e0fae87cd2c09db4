// vitest globalSetup of the int and e2e projects: provides the shared five-office test build
// (made beforehand by test/prepare-test-build.ts) and, for the int project, a running seeded
// CMS for the loader contract tests.
import type { TestProject } from "vitest/node";
import { startStrapi } from "../../cms/test-support/strapi-process.ts";
import { readTestBuild, type TestBuild, TestBuildError } from "./test-build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    testBuild: TestBuild;
    cms: { url: string; readToken: string } | null;
  }
}

export const TEST_CMS_PORT = 13400;

export default async function setup(project: TestProject) {
  // The test scripts run prepare-test-build.ts first, which rebuilds when sources changed.
  const build = readTestBuild();
  if (!build) {
    throw new TestBuildError("no test build: run node site/test/prepare-test-build.ts first");
  }
  project.provide("testBuild", build);
  if (project.name !== "int") {
    project.provide("cms", null);
    return;
  }
  const cms = await startStrapi({ port: TEST_CMS_PORT });
  project.provide("cms", { url: cms.url, readToken: cms.readToken });
  return () => cms.stop();
}
