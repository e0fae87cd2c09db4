// The CMS's environment, parsed once with a schema at start-up. Every variable is documented in
// cms/.env.example; a missing or malformed one stops Strapi with a message that names it.
import { z } from "zod";

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** The secrets `scripts/ensure-env.ts` generates into the git-ignored `cms/.env`. */
export const secretNames = [
  "APP_KEYS",
  "API_TOKEN_SALT",
  "ADMIN_JWT_SECRET",
  "TRANSFER_TOKEN_SALT",
  "ENCRYPTION_KEY",
] as const;

const secret = z
  .string({ error: "is missing: run `node scripts/ensure-env.ts` in cms/ to generate it" })
  .min(16, "must be at least 16 characters");

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
  .transform((value) => value === "true" || value === "1" || value === "yes");

const port = z.coerce
  .number({ error: "must be a port number" })
  .int("must be a port number")
  .min(1, "must be a port number")
  .max(65535, "must be a port number");

/** The port to listen on; 0 lets the system pick a free one (the launcher reads it back). */
const listenPort = z.coerce
  .number({ error: "must be a port number" })
  .int("must be a port number")
  .min(0, "must be a port number")
  .max(65535, "must be a port number");

const password = z
  .string()
  .min(8, "must be at least 8 characters")
  .regex(/[a-z]/, "needs a lowercase letter")
  .regex(/[A-Z]/, "needs an uppercase letter")
  .regex(/\d/, "needs a digit");

const environmentSchema = z.object({
  HOST: z.string().default("127.0.0.1"),
  PORT: listenPort.default(1337),
  PUBLIC_URL: z.url({ error: "must be an absolute URL" }).optional(),
  PUBLIC_DIR: z.string().default("public"),
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ""),
    )
    .pipe(z.array(z.url({ error: "must list absolute origins, e.g. https://admin.example.org" }))),
  APP_KEYS: secret.transform((value) =>
    value
      .split(",")
      .map((key) => key.trim())
      .filter((key) => key !== ""),
  ),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  ENCRYPTION_KEY: secret,

  DATABASE_CLIENT: z
    .enum(["sqlite", "postgres"], { error: "must be sqlite or postgres" })
    .default("sqlite"),
  DATABASE_FILENAME: z.string().default(".tmp/data.db"),
  DATABASE_HOST: z.string().default("127.0.0.1"),
  DATABASE_PORT: port.default(5432),
  DATABASE_NAME: z.string().default("mops_cms"),
  DATABASE_USERNAME: z.string().default("postgres"),
  DATABASE_PASSWORD: z.string().default("postgres"),
  DATABASE_SCHEMA: z.string().default("public"),
  DATABASE_SSL: flag.default(false),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).default(10),

  STRAPI_READ_TOKEN: z.string().min(32, "must be at least 32 characters").optional(),
  STRAPI_READ_TOKEN_FILE: z.string().default(".api-token"),

  UPLOAD_SIZE_LIMIT_MB: z.coerce
    .number({ error: "must be a number of megabytes" })
    .int("must be a whole number of megabytes")
    .min(1, "must be at least 1")
    .max(1024, "must be at most 1024")
    .default(50),

  SEED_ON_START: flag.default(true),
  FIXTURES_DIR: z.string().default("../shared/fixtures"),

  DEMO_ACCOUNTS: flag.default(true),
  DEMO_ADMIN_EMAIL: z.email({ error: "must be an e-mail address" }).default("admin@example.org"),
  DEMO_ADMIN_PASSWORD: password.default("MopsAdmin2026"),
  DEMO_EDITOR_EMAIL_PATTERN: z
    .string()
    .regex(/^[^@\s]*\{office\}[^@\s]*@[^@\s]+$/, "must be an e-mail address containing {office}")
    .default("redaktor.{office}@example.org"),
  DEMO_EDITOR_PASSWORD: password.default("MopsRedaktor2026"),
});

export type Environment = z.infer<typeof environmentSchema>;

/** Reads the environment; empty values count as unset. Throws `ConfigError` naming every problem. */
export function parseEnvironment(
  source: Readonly<Record<string, string | undefined>>,
): Environment {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const parsed = environmentSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    const got = present[name];
    const shown = got === undefined || secretNames.some((s) => s === name) ? "" : ` (got "${got}")`;
    return `${name} ${issue.message}${shown}`;
  });
  throw new ConfigError(problems.join("; "));
}

let cached: Environment | undefined;

/** The process environment, parsed on first use. */
export function environment(): Environment {
  cached ??= parseEnvironment(process.env);
  return cached;
}
