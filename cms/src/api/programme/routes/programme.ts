import { factories } from "@strapi/strapi";

const populate = { name: "global::fixed-populate", config: { uid: "api::programme.programme" } };

export default factories.createCoreRouter("api::programme.programme", {
  config: { find: { middlewares: [populate] }, findOne: { middlewares: [populate] } },
});
