// The "Redaktor ośrodka" admin role: create, edit, publish and delete entries of the CMS's content
// types, edit and publish (never create or delete) offices, without the office's editor list, in
// every content locale, plus the media library. Which office an editor may touch is not an RBAC
// condition: the office-scope middlewares enforce it where the admin API reads and writes.
import type { Core } from "@strapi/strapi";
import { contentLocales } from "../bootstrap/locales";
import { contentUids, officeUid } from "../documents/content-types";

export const officeEditorRole = {
  code: "mops-office-editor",
  name: "Redaktor ośrodka",
  description:
    "Redaguje i publikuje treści swojego ośrodka (ośrodki, których pole „Redaktorzy ośrodka” zawiera adres e-mail konta).",
} as const;

const contentActions = ["create", "read", "update", "delete", "publish"].map(
  (action) => `plugin::content-manager.explorer.${action}`,
);

// `create` because the admin asks for it to add a language version of an existing office; a new
// office is still refused by the office scope (only super admins create offices).
const officeActions = new Set(
  ["read", "create", "update", "publish"].map((a) => `plugin::content-manager.explorer.${a}`),
);

const mediaActions = [
  "plugin::upload.read",
  "plugin::upload.assets.create",
  "plugin::upload.assets.update",
  "plugin::upload.assets.download",
  "plugin::upload.assets.copy-link",
];

interface ActionShape {
  actionId: string;
  subjects?: string[];
}

interface PermissionShape {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; locales?: string[] };
}

export function officeEditorPermissions(strapi: Core.Strapi): PermissionShape[] {
  const { actionProvider } = strapi.service("admin::permission") as unknown as {
    actionProvider: { values(): ActionShape[] };
  };
  const actions = actionProvider
    .values()
    .filter((action) => contentActions.includes(action.actionId))
    .map((action) => ({
      ...action,
      subjects: (action.subjects ?? []).filter((s) =>
        (contentUids as readonly string[]).includes(s),
      ),
    }));
  const withFields = (
    strapi.service("admin::content-type") as unknown as {
      getPermissionsWithNestedFields(actions: ActionShape[]): PermissionShape[];
    }
  ).getPermissionsWithNestedFields(actions);
  const locales = contentLocales.map((locale) => locale.code);
  const content = withFields
    .filter((p) => p.subject !== officeUid || officeActions.has(p.action))
    .map((p) => ({
      action: p.action,
      subject: p.subject ?? null,
      properties: {
        ...(p.properties?.fields
          ? {
              fields:
                p.subject === officeUid
                  ? p.properties.fields.filter((f) => f !== "editorEmails")
                  : p.properties.fields,
            }
          : {}),
        locales,
      },
    }));
  return [...content, ...mediaActions.map((action) => ({ action, subject: null, properties: {} }))];
}

export async function ensureOfficeEditorRole(strapi: Core.Strapi): Promise<number> {
  const roles = strapi.service("admin::role") as unknown as {
    findOne(where: Record<string, unknown>): Promise<{ id: number } | null>;
    create(attributes: Record<string, unknown>): Promise<{ id: number }>;
    assignPermissions(id: number, permissions: PermissionShape[]): Promise<unknown>;
  };
  const role =
    (await roles.findOne({ code: officeEditorRole.code })) ??
    (await roles.create(officeEditorRole));
  await roles.assignPermissions(role.id, officeEditorPermissions(strapi));
  return role.id;
}
