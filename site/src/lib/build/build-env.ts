// The parameters of a build of one or many offices, read once from the environment the build
// driver sets. Nothing else in the site reads process.env or the clock.
import { SLUG_PATTERN } from "@mops/shared/protocol/slug";
import { z } from "astro/zod";

export class BuildEnvError extends Error {
  override name = "BuildEnvError";
}

const slug = z.string().regex(SLUG_PATTERN);

/** An office a build renders: its slug and the origin its site is served from. */
export const officeTargetSchema = z.object({
  slug,
  siteUrl: z.url({ protocol: /^https?$/ }),
});

/** `OFFICES`: a JSON array of `{slug, siteUrl}`, the offices one build renders. */
const officesSchema = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "not JSON" });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(officeTargetSchema)
      .min(1, "lists no office")
      .refine(
        (offices) => new Set(offices.map((office) => office.slug)).size === offices.length,
        "lists an office twice",
      ),
  );

export type OfficeTarget = z.infer<typeof officeTargetSchema>;

const buildEnvSchema = z.object({
  OFFICES: officesSchema.optional(),
  STRAPI_URL: z.url({ protocol: /^https?$/ }).optional(),
  STRAPI_TOKEN: z.string().min(1).optional(),
  /** A preview build's draft-read grant (publisher/src/preview); never set for a public build. */
  STRAPI_DRAFT_GRANT: z.string().min(1).optional(),
  /**
   * The page a preview build opens on (a site path, e.g. /aktualnosci/nowy-wpis/): with
   * STRAPI_DRAFT_GRANT, the build leaves out the news it need not show (lib/content/preview-scope).
   */
  PREVIEW_PATH: z
    .string()
    .regex(/^\/[^\s?#]*$/, "expected a site path such as /aktualnosci/nowy-wpis/")
    .optional(),
  BUILD_NOW: z.iso.datetime({ offset: true }).optional(),
  OUT_DIR: z.string().min(1).optional(),
  CACHE_DIR: z.string().min(1).optional(),
  WITH_EXAMPLES: z.enum(["0", "1"]).optional(),
  /**
   * The version of the rendering code (`siteCodeVersion`, lib/nightly/site-code.ts): set, the
   * build reuses the pages it may from its cache's page store (lib/build/page-reuse.ts).
   */
  REUSE_PAGES: z
    .string()
    .regex(/^[0-9a-f]{16,128}$/, "expected the rendering code's version (hex)")
    .optional(),
  /** With REUSE_PAGES: the folder of the offices' page stores (one folder per office). */
  PAGE_STORE_ROOT: z.string().min(1).optional(),
  /**
   * The regional portal's origin: set, the build renders the portal (every office of OFFICES on
   * one site, src/portal/) into <OUT_DIR>/_portal/ instead of the offices' own sites.
   */
  PORTAL_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Days after which a news post leaves the home page (default 365). */
  HOME_NEWS_MAX_AGE_DAYS: z
    .string()
    .regex(/^[1-9]\d{0,4}$/, "expected a whole number of days")
    .transform(Number)
    .optional(),
});

export type BuildEnv = z.infer<typeof buildEnvSchema>;

/** Placeholder origin for `astro check` and unit tests, which build no office. */
export const PLACEHOLDER_SITE = "http://localhost:4321";

export function parseBuildEnv(env: Record<string, string | undefined>): BuildEnv {
  const picked = Object.fromEntries(
    Object.keys(buildEnvSchema.shape).map((key) => [key, env[key] || undefined]),
  );
  const parsed = buildEnvSchema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BuildEnvError(
      `${String(issue?.path[0] ?? "environment")} is invalid: ${issue?.message ?? "unknown"}`,
    );
  }
  return parsed.data;
}

export interface OfficeBuild {
  offices: OfficeTarget[];
  strapiUrl: string;
  strapiToken: string;
  draftGrant?: string;
}

/** What a content sync needs; throws a BuildEnvError naming the first missing variable. */
export function requireOfficeBuild(env: BuildEnv): OfficeBuild {
  const missing = (["OFFICES", "STRAPI_URL", "STRAPI_TOKEN"] as const).find(
    (key) => env[key] === undefined,
  );
  if (missing) {
    throw new BuildEnvError(
      `${missing} is not set: build offices with site/scripts/build-offices.ts`,
    );
  }
  return officeBuildOf(env)!;
}

/** What a content sync needs, or `undefined` when a variable is missing (`astro check`). */
export function officeBuildOf(env: BuildEnv): OfficeBuild | undefined {
  if (!env.OFFICES || !env.STRAPI_URL || !env.STRAPI_TOKEN) return undefined;
  return {
    offices: env.OFFICES,
    strapiUrl: env.STRAPI_URL,
    strapiToken: env.STRAPI_TOKEN,
    ...(env.STRAPI_DRAFT_GRANT ? { draftGrant: env.STRAPI_DRAFT_GRANT } : {}),
  };
}

/** The environment value of `OFFICES` for these offices. */
export function officesEnv(offices: ReadonlyArray<OfficeTarget>): string {
  return JSON.stringify(offices.map(({ slug, siteUrl }) => ({ slug, siteUrl })));
}

/** The instant build-time states (alerts, programme periods) are computed for. */
export function buildNow(env: BuildEnv, started: Date): Date {
  return env.BUILD_NOW ? new Date(env.BUILD_NOW) : started;
}

/** The directory a portal build writes the portal into, under OUT_DIR (beside no office). */
export const PORTAL_DIR = "_portal";
