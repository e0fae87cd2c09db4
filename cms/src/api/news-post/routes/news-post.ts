import { factories } from "@strapi/strapi";

const populate = { name: "global::fixed-populate", config: { uid: "api::news-post.news-post" } };

export default factories.createCoreRouter("api::news-post.news-post", {
  config: { find: { middlewares: [populate] }, findOne: { middlewares: [populate] } },
});
