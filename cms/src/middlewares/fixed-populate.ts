// Route middleware for the content API's find and findOne: replaces whatever populate the client
// sent with the shape fixed for the content type (src/rest/populate-shapes.ts), and serves
// published entries only, whatever status the query asks for: drafts never leave the CMS by REST,
// except to a preview build that presents a valid draft-read grant (src/preview/draft-read.ts),
// which gets that one office's drafts and nothing else.
import type { Core } from "@strapi/strapi";
import { draftReadQuery } from "../preview/draft-read";
import { previewSettingsFromEnv } from "../preview/settings";
import { type PopulatedUid, populateShapes } from "../rest/populate-shapes";

interface FixedPopulateConfig {
  uid: PopulatedUid;
}

interface RestContext {
  query: Record<string, unknown>;
  get(header: string): string;
  unauthorized(message: string): void;
}

export default (config: FixedPopulateConfig, _context: { strapi: Core.Strapi }) => {
  const populate = populateShapes[config.uid];
  const secret = previewSettingsFromEnv(process.env)?.secret;
  return async (ctx: RestContext, next: () => Promise<unknown>) => {
    const drafts = draftReadQuery(config.uid, ctx.get.bind(ctx), secret, Date.now() / 1000);
    if (drafts === "refused") return ctx.unauthorized("Invalid draft-read grant");
    ctx.query = drafts
      ? {
          ...ctx.query,
          populate,
          status: "draft",
          filters: { $and: [ctx.query.filters ?? {}, drafts] },
        }
      : { ...ctx.query, populate, status: "published" };
    await next();
  };
};
