// The rebuild service's configuration, parsed once at start-up from the environment. Anything
// missing or malformed stops the start with one message naming every variable at fault.
import { SLUG_PATTERN } from "@mops/shared/protocol/slug";
import { z } from "zod";

export class ConfigError extends Error {
  override name = "ConfigError";
}

const exampleCommand =
  '["node","site/scripts/build-offices.ts","--out","{outRoot}","{offices...}"]';

/**
 * A warm build server's memory limit in MiB, unless REBUILD_WARM_RECYCLE_MIB says otherwise. It
 * keeps 20–50 MB per build (each build imports its own page bundle, which Node cannot unload), and
 * the first build on the fresh server that replaces it takes about 2.5 s longer: at 1 GiB that was
 * every 7th build in the bench, the whole p95 tail of previews and publishes (docs/benchmarks.md,
 * session 9).
 */
export const DEFAULT_WARM_RECYCLE_MIB = 2_048;

const integer = (min: number, max: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const jsonStringArray = z.string().transform((text, context) => {
  const parsed = z.array(z.string().min(1)).min(1).safeParse(safeJson(text));
  if (parsed.success) return parsed.data;
  context.addIssue({
    code: "custom",
    message: `must be a JSON array of strings, e.g. ${exampleCommand}`,
  });
  return z.NEVER;
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const officeList = z
  .string({ error: `is missing: a comma-separated list of office slugs, or "strapi"` })
  .transform((text) =>
    text
      .split(",")
      .map((slug) => slug.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().regex(SLUG_PATTERN, "has a slug that is not lowercase-kebab"))
      .min(1, `must name at least one office, or be "strapi"`),
  );

const flag = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((value) => value === "true" || value === "1");

const envSchema = z
  .object({
    REBUILD_SECRET: z
      .string({ error: "is missing: the secret the CMS signs notifications with" })
      .min(16, "must be at least 16 characters"),
    REBUILD_HOST: z.string().min(1).default("127.0.0.1"),
    REBUILD_PORT: integer(0, 65_535).default(8787),
    REBUILD_DATA_DIR: z.string().min(1).default("var/rebuild"),
    REBUILD_MODE: z
      .enum(["local", "relay"], { error: 'must be "local" or "relay"' })
      .default("local"),
    REBUILD_OFFICES: z.union([z.literal("strapi"), officeList]),
    REBUILD_BUILD_COMMAND: jsonStringArray.optional(),
    REBUILD_BUILDER: z
      .enum(["command", "warm-site"], { error: 'must be "command" or "warm-site"' })
      .default("command"),
    REBUILD_WARM_RECYCLE_MIB: integer(256, 65_536).default(DEFAULT_WARM_RECYCLE_MIB),
    REBUILD_REQUIRED_FILE: z.string().min(1).default("index.html"),
    REBUILD_DEBOUNCE_MS: integer(0, 600_000).default(300),
    REBUILD_MAX_WAIT_MS: integer(0, 3_600_000).default(4_000),
    REBUILD_LEADING_EDGE: flag.default(true),
    REBUILD_CONCURRENCY: integer(1, 16).default(1),
    REBUILD_MAX_BATCH: integer(1, 1_000).default(16),
    REBUILD_BUILD_TIMEOUT_S: integer(1, 86_400).default(900),
    REBUILD_RETRY_FAILED_MS: integer(0, 86_400_000).default(30_000),
    REBUILD_KEEP_RELEASES: integer(1, 100).default(3),
    REBUILD_MAX_BODY_BYTES: integer(64, 10_000_000).default(16_384),
    REBUILD_TIMESTAMP_TOLERANCE_S: integer(1, 86_400).default(300),
    REBUILD_BUILD_ON_START: flag.default(true),
    REBUILD_RECONCILE_MS: integer(0, 86_400_000).default(60_000),
    REBUILD_CMS_PROBE_MS: integer(0, 600_000).default(2_000),
    REBUILD_DAILY_AT: z
      .string()
      .regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, 'must be a Warsaw time "HH:MM" or "off"')
      .default("00:05"),
    REBUILD_NIGHTLY: z
      .enum(["changed", "all"], { error: 'must be "changed" or "all"' })
      .default("changed"),
    STRAPI_URL: z.url({ error: "must be a URL" }).optional(),
    STRAPI_TOKEN: z.string().optional(),
    GITHUB_REPOSITORY: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/, 'must be "owner/name"')
      .optional(),
    GITHUB_TOKEN: z.string().min(1).optional(),
    GITHUB_API_URL: z.url({ error: "must be a URL" }).default("https://api.github.com"),
    REBUILD_DISPATCH_EVENT: z.string().min(1).default("rebuild-office"),
  })
  .superRefine((env, context) => {
    const require = (key: keyof typeof env, why: string) => {
      if (env[key] === undefined) context.addIssue({ code: "custom", path: [key], message: why });
    };
    if (env.REBUILD_MODE === "local") {
      if (env.REBUILD_BUILDER === "command") {
        require("REBUILD_BUILD_COMMAND", `is missing: needed in local mode with the command builder, e.g. ${exampleCommand}`);
      }
    } else {
      require("GITHUB_REPOSITORY", 'is missing: needed in relay mode ("owner/name")');
      require("GITHUB_TOKEN", "is missing: needed in relay mode (a token that may dispatch)");
    }
    if (env.REBUILD_OFFICES === "strapi") {
      require("STRAPI_URL", 'is missing: needed when REBUILD_OFFICES is "strapi"');
    }
  });

export type RebuildEnv = z.infer<typeof envSchema>;

export function parseConfig(env: Readonly<Record<string, string | undefined>>) {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${String(issue.path[0])} ${issue.message}`,
    );
    throw new ConfigError(`rebuild service configuration: ${problems.join("; ")}`);
  }
  const e = result.data;
  return {
    host: e.REBUILD_HOST,
    port: e.REBUILD_PORT,
    dataDir: e.REBUILD_DATA_DIR,
    secret: e.REBUILD_SECRET,
    offices: e.REBUILD_OFFICES,
    strapi: e.STRAPI_URL ? { url: e.STRAPI_URL, token: e.STRAPI_TOKEN } : undefined,
    build:
      e.REBUILD_MODE === "local"
        ? {
            mode: "local" as const,
            command: e.REBUILD_BUILD_COMMAND ?? [],
            warm:
              e.REBUILD_BUILDER === "warm-site"
                ? { recycleMib: e.REBUILD_WARM_RECYCLE_MIB }
                : undefined,
          }
        : {
            mode: "relay" as const,
            relay: {
              apiUrl: e.GITHUB_API_URL,
              repository: e.GITHUB_REPOSITORY ?? "",
              token: e.GITHUB_TOKEN ?? "",
              eventType: e.REBUILD_DISPATCH_EVENT,
            },
          },
    requiredFile: e.REBUILD_REQUIRED_FILE,
    debounceMs: e.REBUILD_DEBOUNCE_MS,
    maxWaitMs: e.REBUILD_MAX_WAIT_MS,
    leadingEdge: e.REBUILD_LEADING_EDGE,
    concurrency: e.REBUILD_CONCURRENCY,
    maxBatch: e.REBUILD_MAX_BATCH,
    buildTimeoutMs: e.REBUILD_BUILD_TIMEOUT_S * 1000,
    retryFailedMs: e.REBUILD_RETRY_FAILED_MS,
    keepReleases: e.REBUILD_KEEP_RELEASES,
    maxBodyBytes: e.REBUILD_MAX_BODY_BYTES,
    timestampToleranceS: e.REBUILD_TIMESTAMP_TOLERANCE_S,
    buildOnStart: e.REBUILD_BUILD_ON_START,
    reconcileMs: e.REBUILD_RECONCILE_MS,
    cmsProbeMs: e.REBUILD_CMS_PROBE_MS,
    /** Minutes after Warsaw midnight of the daily rebuild of every office; undefined: none. */
    dailyAtMinutes:
      e.REBUILD_DAILY_AT === "off"
        ? undefined
        : Number(e.REBUILD_DAILY_AT.slice(0, 2)) * 60 + Number(e.REBUILD_DAILY_AT.slice(3)),
    /**
     * What the daily run rebuilds: "changed", the offices whose date state differs from their
     * live release's (nightly.ts; needs STRAPI_URL and local mode, else every office), or "all".
     */
    nightly: e.REBUILD_NIGHTLY,
  };
}

export type RebuildConfig = ReturnType<typeof parseConfig>;
export type BuildSettings = RebuildConfig["build"];
export type RelaySettings = Extract<BuildSettings, { mode: "relay" }>["relay"];
