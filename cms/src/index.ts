import type { Core } from "@strapi/strapi";
import { scopeAdminRoutes } from "./access/admin-routes";
import { officeScopeMiddleware } from "./access/office-scope-middleware";
import { bootstrapCms } from "./bootstrap";
import { rulesMiddleware } from "./documents/rules-middleware";
import { environment } from "./environment";
import { rebuildNotifyMiddleware } from "./notify";

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    environment();
    // Order matters: access first (403 before anything else), then the content rules (400), then
    // the rebuild notification, which runs only after a write succeeded.
    strapi.documents.use(officeScopeMiddleware(strapi));
    strapi.documents.use(rulesMiddleware(strapi));
    strapi.documents.use(rebuildNotifyMiddleware(strapi));
    scopeAdminRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await bootstrapCms(strapi);
  },
};
