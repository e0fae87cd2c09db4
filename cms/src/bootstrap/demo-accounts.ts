// Demo accounts: one super admin and one office editor per office, created when missing (an
// existing account keeps its password). The editor's e-mail is added to its office's editor list.
import type { Core } from "@strapi/strapi";
import { superAdminCode } from "../access/actor";
import { officeUid } from "../documents/content-types";

export interface DemoAccount {
  email: string;
  password: string;
  role: string;
  office?: string;
}

export interface DemoSettings {
  adminEmail: string;
  adminPassword: string;
  editorEmailPattern: string;
  editorPassword: string;
}

export const editorEmail = (pattern: string, office: string) => pattern.replace("{office}", office);

interface UserService {
  exists(where: Record<string, unknown>): Promise<boolean>;
  create(attributes: Record<string, unknown>): Promise<unknown>;
}

async function ensureUser(
  strapi: Core.Strapi,
  account: { email: string; password: string; firstname: string; lastname: string; roleId: number },
): Promise<void> {
  const users = strapi.service("admin::user") as unknown as UserService;
  if (await users.exists({ email: account.email })) return;
  await users.create({
    email: account.email,
    firstname: account.firstname,
    lastname: account.lastname,
    password: account.password,
    isActive: true,
    registrationToken: null,
    preferedLanguage: "pl",
    roles: [account.roleId],
  });
}

/** Adds `email` to the editor list of the office (every row: drafts, published, locales). */
async function addEditor(strapi: Core.Strapi, officeSlug: string, email: string): Promise<void> {
  const rows = await strapi.db
    .query(officeUid)
    .findMany({ where: { slug: officeSlug }, select: ["id", "editorEmails"] });
  for (const row of rows) {
    const listed = String(row.editorEmails ?? "")
      .split(/\s+/)
      .filter((line) => line !== "");
    if (listed.some((address) => address.toLowerCase() === email.toLowerCase())) continue;
    await strapi.db
      .query(officeUid)
      .update({ where: { id: row.id }, data: { editorEmails: [...listed, email].join("\n") } });
  }
}

export async function ensureDemoAccounts(
  strapi: Core.Strapi,
  settings: DemoSettings,
  editorRoleId: number,
): Promise<DemoAccount[]> {
  const superAdmin = await strapi.db
    .query("admin::role")
    .findOne({ where: { code: superAdminCode }, select: ["id"] });
  if (!superAdmin) throw new Error("demo accounts: the super admin role does not exist");
  await ensureUser(strapi, {
    email: settings.adminEmail,
    password: settings.adminPassword,
    firstname: "Administrator",
    lastname: "Demo",
    roleId: Number(superAdmin.id),
  });
  const accounts: DemoAccount[] = [
    { email: settings.adminEmail, password: settings.adminPassword, role: "Super Admin" },
  ];
  const offices = await strapi.db.query(officeUid).findMany({
    where: { publishedAt: null },
    select: ["slug", "shortName"],
    orderBy: { id: "asc" },
  });
  const seen = new Set<string>();
  for (const office of offices) {
    const slug = String(office.slug);
    if (seen.has(slug)) continue;
    seen.add(slug);
    const email = editorEmail(settings.editorEmailPattern, slug);
    await ensureUser(strapi, {
      email,
      password: settings.editorPassword,
      firstname: "Redaktor",
      lastname: String(office.shortName ?? slug),
      roleId: editorRoleId,
    });
    await addEditor(strapi, slug, email);
    accounts.push({
      email,
      password: settings.editorPassword,
      role: "Redaktor ośrodka",
      office: slug,
    });
  }
  return accounts;
}
