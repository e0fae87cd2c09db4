// Who is behind the current Document Service call. An admin user who is not a super admin is an
// office editor, scoped to the offices whose editor list (`office.editorEmails`) names them.
// Calls outside an admin request (bootstrap, seeding, content-API tokens) are the system's: the
// content API's own token permissions restrict those (the CMS has no content-API users).
import type { Core } from "@strapi/strapi";

export const superAdminCode = "strapi-super-admin";

export type Actor =
  | { kind: "system" }
  | { kind: "super-admin"; email: string }
  | { kind: "editor"; email: string };

interface AdminUserShape {
  email?: unknown;
  roles?: unknown;
}

const roleCodes = (roles: unknown): string[] =>
  Array.isArray(roles)
    ? roles.map((role) =>
        typeof role === "object" && role !== null && "code" in role ? String(role.code) : "",
      )
    : [];

export function actorOf(user: AdminUserShape | undefined): Actor {
  if (!user) return { kind: "system" };
  const email = String(user.email ?? "");
  // Anything but a recognised super admin is an office editor: least privilege by default.
  return roleCodes(user.roles).includes(superAdminCode)
    ? { kind: "super-admin", email }
    : { kind: "editor", email };
}

export function currentActor(strapi: Core.Strapi): Actor {
  const context = strapi.requestContext.get() as { state?: { user?: AdminUserShape } } | undefined;
  return actorOf(context?.state?.user);
}
