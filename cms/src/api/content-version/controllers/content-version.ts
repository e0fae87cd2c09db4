import type { Core } from "@strapi/strapi";
import { contentVersions } from "../../../notify/content-versions";

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async all(ctx: { body: unknown }) {
    ctx.body = { data: await contentVersions(strapi).all() };
  },
});
