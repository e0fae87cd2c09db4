// Child-process entry: builds the admin panel into <outDir>/build with Strapi's own build
// (`strapi build` writes to tsconfig's outDir only).
// Run with cwd = cms/: node tooling/build-admin.ts <outDir>
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const outDir = process.argv[2];
if (!outDir) {
  console.error("build-admin: usage: node tooling/build-admin.ts <outDir>");
  process.exit(2);
}
const strapiDir = path.dirname(require.resolve("@strapi/strapi/package.json"));
const { build } = require(path.join(strapiDir, "dist/src/node/build.js")) as {
  build(options: Record<string, unknown>): Promise<void>;
};
const { createLogger } = require(path.join(strapiDir, "dist/src/cli/utils/logger.js")) as {
  createLogger(options: Record<string, unknown>): unknown;
};
await build({
  cwd: process.cwd(),
  logger: createLogger({ silent: false, debug: false, timestamp: false }),
  tsconfig: { config: { options: { outDir } } },
});
