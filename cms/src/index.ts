import type { Core } from "@strapi/strapi";
import { ensureLocales } from "./bootstrap/locales";

export default {
  register(_context: { strapi: Core.Strapi }) {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
  },
};
