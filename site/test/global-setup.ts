// vitest globalSetup of the int and e2e projects: provides the shared five-office test build
// (made beforehand by test/prepare-test-build.ts) and, for the int project, a running seeded
// CMS for the loader contract tests.

import { startCms } from "@mops/cms/launcher";
import type { TestProject } from "vitest/node";
import { readTestBuild, type TestBuild, TestBuildError } from "./test-build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    testBuild: TestBuild;
    cms: { url: string; readToken: string } | null;
  }
}

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
  const cms = await startCms();
  project.provide("cms", { url: cms.url, readToken: cms.readToken });
  return () => cms.stop();
}
