// Route middleware for the content API's find and findOne: replaces whatever populate the client
// sent with the shape fixed for the content type (src/rest/populate-shapes.ts), and serves
// published entries only, whatever status the query asks for: drafts never leave the CMS by REST.
import type { Core } from "@strapi/strapi";
import { type PopulatedUid, populateShapes } from "../rest/populate-shapes";

interface FixedPopulateConfig {
  uid: PopulatedUid;
}

export default (config: FixedPopulateConfig, _context: { strapi: Core.Strapi }) => {
  const populate = populateShapes[config.uid];
  return async (ctx: { query: Record<string, unknown> }, next: () => Promise<unknown>) => {
    ctx.query = { ...ctx.query, populate, status: "published" };
    await next();
  };
};
