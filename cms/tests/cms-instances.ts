// The seeded CMS instances the integration tests share, one per available database, started by
// tests/global-setup.ts and handed to the test files through vitest's `provide`/`inject`.
import { inject } from "vitest";

export interface CmsInstance {
  database: "sqlite" | "postgres";
  url: string;
  readToken: string;
  adminToken: string;
  distDir: string;
  /** Where the CMS keeps uploads (`<publicDir>/uploads`). */
  publicDir: string;
  env: Record<string, string>;
}

declare module "vitest" {
  export interface ProvidedContext {
    cmsInstances: CmsInstance[];
  }
}

/** The running instances, e.g. for `describe.each(cmsInstances())("$database", …)`. */
export const cmsInstances = (): CmsInstance[] => inject("cmsInstances");
