// The public role reads nothing: site builds read with the read-only API token. Any permission an
// administrator gave the public role on the CMS's content is removed at every start.
import type { Core } from "@strapi/strapi";

export async function lockPublicRole(strapi: Core.Strapi): Promise<number> {
  const role = await strapi.db
    .query("plugin::users-permissions.role")
    .findOne({ where: { type: "public" }, select: ["id"] });
  if (!role) return 0;
  const removed = await strapi.db.query("plugin::users-permissions.permission").deleteMany({
    where: { action: { $startsWith: "api::" }, role: { id: role.id } },
  });
  return Number(removed?.count ?? 0);
}
