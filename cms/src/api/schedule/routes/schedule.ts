import { factories } from "@strapi/strapi";

const populate = { name: "global::fixed-populate", config: { uid: "api::schedule.schedule" } };

export default factories.createCoreRouter("api::schedule.schedule", {
  config: { find: { middlewares: [populate] }, findOne: { middlewares: [populate] } },
});
