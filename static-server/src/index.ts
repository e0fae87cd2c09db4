// Static serving of built office sites (`@mops/static-server`).
export {
  createStaticHandler,
  createStaticServer,
  type StaticServerOptions,
} from "./static-server.ts";
