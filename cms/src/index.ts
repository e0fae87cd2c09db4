import type { Core } from "@strapi/strapi";
import { officeScopeMiddleware } from "./access/office-scope-middleware";
import { gateAdminRoutes, verifyAdminRoutes } from "./access/route-gate";
import { bootstrapCms } from "./bootstrap";
import { registerBuildStatusRoutes } from "./build-status/build-status-routes";
import { localeOfficeMiddleware } from "./documents/locale-office";
import { rulesMiddleware } from "./documents/rules-middleware";
import { publishedSharedFieldsMiddleware } from "./documents/shared-fields";
import { environment } from "./environment";
import { createRebuildNotify, type RebuildNotify } from "./notify";
import { DATE_CUSTOM_FIELDS } from "./schema/fields";

/** The admin routes the office-editor gate was put on, checked once Strapi built its routers. */
let gatedRoutes = new Set<string>();
let notify: RebuildNotify | undefined;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    environment();
    // The schedule's opening-hours editor (src/admin/opening-hours); its own value stays empty.
    strapi.customFields.register({
      name: "opening-hours",
      type: "json",
      inputSize: { default: 12, isResizable: false },
    });
    // Our date and date-time fields (src/admin/dates), kept as Strapi's own `date`/`datetime`.
    for (const { name, type } of DATE_CUSTOM_FIELDS) {
      strapi.customFields.register({ name, type, inputSize: { default: 6, isResizable: true } });
    }
    // Order matters: access first (403 before anything else), then a new translation gets its
    // document's office, then the content rules (400), then the rebuild notification, which runs
    // only after a write succeeded.
    strapi.documents.use(officeScopeMiddleware(strapi));
    strapi.documents.use(localeOfficeMiddleware(strapi));
    strapi.documents.use(rulesMiddleware(strapi));
    // After a publish, every language's published version holds the Polish one's non-localized
    // fields (a schedule's hours, slugs, dates: one copy for all languages).
    strapi.documents.use(publishedSharedFieldsMiddleware(strapi));
    notify = createRebuildNotify(strapi);
    strapi.documents.use(notify.middleware);
    registerBuildStatusRoutes(strapi);
    gatedRoutes = gateAdminRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const unclassified = verifyAdminRoutes(strapi, gatedRoutes);
    if (unclassified.length > 0) {
      strapi.log.warn(
        `admin routes refused to office editors until classified in src/access/admin-route-rules.ts: ${unclassified.join(", ")}`,
      );
    }
    await bootstrapCms(strapi);
    // Delivers what the outbox holds, including requests recorded before a restart.
    notify?.start();
  },

  async destroy() {
    await notify?.stop();
  },
};
