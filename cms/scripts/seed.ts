// `pnpm --filter @mops/cms run seed`: imports the office fixtures into the configured database
// through the Document Service and (re)creates the demo accounts. Idempotent: existing entries are
// left as they are. Runs the compiled CMS (cms/dist, or the folder given as the first argument).
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const cmsDir = fileURLToPath(new URL("..", import.meta.url));
const distDir = path.resolve(process.argv[2] ?? path.join(cmsDir, "dist"));

// The CommonJS builds: Strapi's ESM build does not resolve under Node's ESM loader.
const { createStrapi } = require("@strapi/strapi") as typeof import("@strapi/strapi");
interface DemoAccount {
  email: string;
  password: string;
  role: string;
  office?: string;
}

const { seedContent } = require(path.join(distDir, "src", "bootstrap", "index.js")) as {
  seedContent(strapi: unknown): Promise<DemoAccount[]>;
};

process.chdir(cmsDir);
// Bootstrap must not seed by itself: this command does, and reports what it did.
process.env.SEED_ON_START = "false";
const app = await createStrapi({ appDir: cmsDir, distDir }).load();
try {
  for (const account of await seedContent(app)) {
    const office = account.office ? ` (${account.office})` : "";
    console.log(`demo account ${account.role}${office}: ${account.email} / ${account.password}`);
  }
} finally {
  await app.destroy();
}
