// A seeded CMS with its demo accounts, for tests of any package: the launcher
// (tooling/launcher.ts) with `demoAccounts`, logged in as the demo super admin.
//
//   const cms = await startStrapi();                        // temp SQLite file, a free port
//   const pg = await startStrapi({ database: "postgres" }); // fresh mops_cms_* database
//   const { email, password } = cms.logins.editor("kutno");
//   const editorToken = await cms.adminLogin(email, password);
//   await cms.stop();                                       // drops what it created
import {
  adminLogin,
  type CmsDatabase,
  type CmsOptions,
  type CmsProcess,
  type DemoLogins,
  databaseEnv,
  startCms,
} from "../tooling/launcher.ts";

export { databaseEnv };

export type StrapiProcessOptions = Omit<CmsOptions, "demoAccounts">;
export type StrapiDatabase = CmsDatabase;

export interface StrapiProcess extends Omit<CmsProcess, "demo"> {
  /** Admin API access token (Bearer) of the demo super admin. */
  adminToken: string;
  logins: DemoLogins;
  /** Logs in to the admin API; returns the Bearer token. */
  adminLogin(email: string, password: string): Promise<string>;
}

export async function startStrapi(options: StrapiProcessOptions = {}): Promise<StrapiProcess> {
  const cms = await startCms({ ...options, demoAccounts: true });
  const logins = cms.demo!;
  try {
    const adminToken = await adminLogin(cms.url, logins.admin);
    return {
      ...cms,
      adminToken,
      logins,
      adminLogin: (email, password) => adminLogin(cms.url, { email, password }),
    };
  } catch (error) {
    await cms.stop();
    throw error;
  }
}
