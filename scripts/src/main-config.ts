// The main job's settings, read once from the environment at start-up.
import { z } from "zod";

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const mainConfigSchema = z.object({
  CMS_PORT: port(1337),
  REBUILD_PORT: port(8787),
  SERVE_PORT: port(4321),
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
  const { CMS_PORT, REBUILD_PORT, SERVE_PORT } = parsed.data;
  return { cmsPort: CMS_PORT, rebuildPort: REBUILD_PORT, servePort: SERVE_PORT };
}
