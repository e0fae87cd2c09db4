// Child-process entry of the launcher (launcher.ts): starts the compiled CMS (`distDir`, argv[2])
// from cms/ without the admin panel unless STRAPI_SERVE_ADMIN=true, then tells the parent the port
// it listens on (PORT=0 lets the system pick one). Run with cwd = cms/.
import { createRequire } from "node:module";

// The CommonJS build: Strapi's ESM build does not resolve under Node's ESM loader.
const strapiPackage: typeof import("@strapi/strapi") = createRequire(import.meta.url)(
  "@strapi/strapi",
);

const distDir = process.argv[2];
if (!distDir) {
  console.error("boot: usage: node tooling/boot.ts <distDir>");
  process.exit(2);
}
const app = strapiPackage.createStrapi({
  appDir: process.cwd(),
  distDir,
  serveAdminPanel: process.env.STRAPI_SERVE_ADMIN === "true",
  autoReload: false,
});
await app.start();
const address = app.server.httpServer.address();
process.send?.({ listening: typeof address === "object" && address ? address.port : undefined });
