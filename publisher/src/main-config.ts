// The main job's settings, read once from the environment at start-up.
import { z } from "zod";

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const mainConfigSchema = z.object({
  CMS_PORT: port(1337),
  REBUILD_PORT: port(8787),
  SERVE_PORT: port(4321),
  /** The preview service's port (the admin's edit view frames it). */
  PREVIEW_PORT: port(4322),
  /** Where the main job keeps the CMS database, uploads, secrets and releases. */
  MAIN_DATA_DIR: z.string().min(1).default("var"),
});

export class MainConfigError extends Error {
  override name = "MainConfigError";
}

export function loadMainConfig(env: NodeJS.ProcessEnv) {
  const parsed = mainConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new MainConfigError(`invalid settings: ${problems.join("; ")}`);
  }
  const { CMS_PORT, REBUILD_PORT, SERVE_PORT, PREVIEW_PORT, MAIN_DATA_DIR } = parsed.data;
  return {
    cmsPort: CMS_PORT,
    rebuildPort: REBUILD_PORT,
    servePort: SERVE_PORT,
    previewPort: PREVIEW_PORT,
    dataDir: MAIN_DATA_DIR,
  };
}
