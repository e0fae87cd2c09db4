import { factories } from "@strapi/strapi";

const populate = { name: "global::fixed-populate", config: { uid: "api::department.department" } };

export default factories.createCoreRouter("api::department.department", {
  config: { find: { middlewares: [populate] }, findOne: { middlewares: [populate] } },
});
