// The demo accounts a launched CMS gets when asked for them: a super admin and one office editor
// ("Redaktor ośrodka") per office, with known passwords (src/bootstrap/demo-accounts.ts creates
// them). Without them the launcher turns them off (DEMO_ACCOUNTS=false).

export interface Login {
  email: string;
  password: string;
}

export interface DemoLogins {
  admin: Login;
  /** The office editor of an office, by office slug. */
  editor(office: string): Login;
}

const demo = {
  adminEmail: "admin@example.org",
  adminPassword: "MopsAdmin2026",
  editorPattern: "redaktor.{office}@example.org",
  editorPassword: "MopsRedaktor2026",
};

export const demoLogins: DemoLogins = {
  admin: { email: demo.adminEmail, password: demo.adminPassword },
  editor: (office) => ({
    email: demo.editorPattern.replace("{office}", office),
    password: demo.editorPassword,
  }),
};

/** The CMS's demo account settings: the accounts above, or none. */
export function demoEnv(enabled: boolean): Record<string, string> {
  if (!enabled) return { DEMO_ACCOUNTS: "false" };
  return {
    DEMO_ACCOUNTS: "true",
    DEMO_ADMIN_EMAIL: demo.adminEmail,
    DEMO_ADMIN_PASSWORD: demo.adminPassword,
    DEMO_EDITOR_EMAIL_PATTERN: demo.editorPattern,
    DEMO_EDITOR_PASSWORD: demo.editorPassword,
  };
}

export class AdminLoginError extends Error {
  override name = "AdminLoginError";
}

/** Logs in to the admin API of the CMS at `url`; returns the Bearer token. */
export async function adminLogin(url: string, login: Login): Promise<string> {
  const response = await fetch(`${url}/admin/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(login),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!response.ok || !body.data?.token) {
    throw new AdminLoginError(`admin login of ${login.email} failed: ${response.status}`);
  }
  return body.data.token;
}
