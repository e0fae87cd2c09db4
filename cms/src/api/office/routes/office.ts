import { factories } from "@strapi/strapi";

const populate = { name: "global::fixed-populate", config: { uid: "api::office.office" } };

export default factories.createCoreRouter("api::office.office", {
  config: { find: { middlewares: [populate] }, findOne: { middlewares: [populate] } },
});
