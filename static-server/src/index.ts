// Static serving of built office sites (`@mops/static-server`).
export { listen, type RunningServer } from "./listen.ts";
export {
  createSiteServer,
  createStaticHandler,
  createStaticServer,
  type ResponseEntry,
  type StaticServerOptions,
} from "./static-server.ts";
