// Child-process entry: loads the compiled CMS (`distDir`, argv[2]) as `strapi routes:list` does and
// prints every route its router serves as JSON lines `{ "methods": [...], "path": "..." }`.
// Run with cwd = cms/ and an environment pointing at a scratch database.
import { createRequire } from "node:module";

const strapiPackage: typeof import("@strapi/strapi") = createRequire(import.meta.url)(
  "@strapi/strapi",
);

const distDir = process.argv[2];
if (!distDir) {
  console.error("print-routes: usage: node test-support/print-routes.ts <distDir>");
  process.exit(2);
}
const app = await strapiPackage.createStrapi({ appDir: process.cwd(), distDir }).load();
const layers = app.server.mount().listRoutes() as unknown as { methods: string[]; path: string }[];
for (const layer of layers) {
  if (layer.methods.length > 0) {
    process.stdout.write(`${JSON.stringify({ methods: layer.methods, path: layer.path })}\n`);
  }
}
await app.destroy();
