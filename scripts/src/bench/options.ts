// `pnpm bench` arguments, parsed once with a schema; every fault is named in one message.
import { parseArgs } from "node:util";
import { z } from "zod";
import { MAX_TOWNS } from "./town-names.ts";

export class BenchOptionsError extends Error {
  override name = "BenchOptionsError";
}

export const USAGE = `usage: pnpm bench [options]
  --offices N          offices in the CMS for the full build, publish and page measurements (default 100, at most 2500)
  --posts M            news posts per office (default 200)
  --db sqlite|postgres|both
                       database(s) to measure (default both; PostgreSQL is skipped when unreachable)
  --rebuild-sizes L    office counts for the single-office rebuild comparison (default 5,100,500)
  --rebuild-repeats R  timed single-office rebuilds at each size (default 3)
  --publishes P        timed publishes to live (default 20)
  --a11y-pages K       pages pa11y-ci checks, drawn at random from the large build (default 40)
  --batch B            offices per astro build in the full build (the driver's --batch; default 25)
  --jobs J             also build everything with J astro builds at once (the driver's --jobs;
                       default 2; 1: only one at a time)
  --portal-offices P   office count at which the regional portal is built and weighed (default 500;
                       in the full bench only when P is one of the sizes above)
  --only portal        only the portal step: a fresh SQLite CMS with P offices, one portal build
                       (a small --posts suffices: the portal shows no news)
  --stream-rates L     also measure a Poisson stream of publishes of random offices at N, at each
                       of these rates per minute in turn (e.g. 6,30,60; default: not measured)
  --stream-minutes M   minutes of arrivals at each stream rate (default 10)
  --stream-servers L   warm build servers building side by side in the stream (the rebuild
                       service's REBUILD_CONCURRENCY), each count a run of every rate (default 1)
  --seed S             content generator seed (default 1)
  --now ISO            instant the content is dated from and built for (default 2026-11-23T12:00:00+01:00)
  --out DIR            where results go (default var/bench)
  --keep               keep the work folder (database, fixtures, builds) under <out>/work/
  --no-markdown        do not print the Markdown tables`;

const positiveInt = (name: string, max = 1_000_000) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`)
    .max(max, `${name} must be at most ${max}`);

const countList = z
  .string()
  .transform((text) => text.split(",").map((part) => Number(part.trim())))
  .pipe(
    z
      .array(
        z
          .number({ error: "--rebuild-sizes must list whole numbers" })
          .int("--rebuild-sizes must list whole numbers")
          .min(1, "--rebuild-sizes must be at least 1"),
      )
      .min(1),
  );

const rateList = z
  .string()
  .transform((text) => text.split(",").map((part) => Number(part.trim())))
  .pipe(
    z
      .array(
        z
          .number({ error: "--stream-rates must list numbers" })
          .positive("--stream-rates must be above 0")
          .max(6_000, "--stream-rates must be at most 6000 per minute"),
      )
      .min(1),
  );

const serverList = z
  .string()
  .transform((text) => text.split(",").map((part) => Number(part.trim())))
  .pipe(
    z
      .array(
        z
          .number({ error: "--stream-servers must list whole numbers" })
          .int("--stream-servers must list whole numbers")
          .min(1, "--stream-servers must be at least 1")
          .max(4, "--stream-servers must be at most 4 (the machine has 2 cores)"),
      )
      .min(1),
  );

const optionsSchema = z.object({
  offices: positiveInt("--offices", 2_500).default(100),
  posts: z.coerce
    .number({ error: "--posts must be a whole number" })
    .int("--posts must be a whole number")
    .min(1, "--posts must be at least 1")
    .max(5_000, "--posts must be at most 5000")
    .default(200),
  db: z
    .enum(["sqlite", "postgres", "both"], { error: "--db must be sqlite, postgres or both" })
    .default("both"),
  rebuildSizes: countList.default([5, 100, 500]),
  rebuildRepeats: positiveInt("--rebuild-repeats", 50).default(3),
  publishes: positiveInt("--publishes", 500).default(20),
  a11yPages: z.coerce
    .number({ error: "--a11y-pages must be a whole number" })
    .int()
    .min(0, "--a11y-pages must be at least 0")
    .default(40),
  portalOffices: positiveInt("--portal-offices", 2_500).default(500),
  only: z.enum(["portal"], { error: "--only takes portal" }).optional(),
  batch: positiveInt("--batch", 500).default(25),
  jobs: positiveInt("--jobs", 16).default(2),
  streamRates: rateList.default([]),
  streamMinutes: z.coerce
    .number({ error: "--stream-minutes must be a number" })
    .positive("--stream-minutes must be above 0")
    .max(600, "--stream-minutes must be at most 600")
    .default(10),
  streamServers: serverList.default([1]),
  seed: z.coerce.number({ error: "--seed must be a number" }).int().default(1),
  now: z.iso
    .datetime({ offset: true, error: "--now must be an ISO datetime with offset" })
    .default("2026-11-23T12:00:00+01:00"),
  out: z.string().min(1).default("var/bench"),
  keep: z.boolean().default(false),
  markdown: z.boolean().default(true),
});

export type BenchOptions = z.output<typeof optionsSchema>;

/** The office counts the run goes through, ascending: the rebuild sizes and N. */
export function sizesOf(options: Pick<BenchOptions, "offices" | "rebuildSizes">): number[] {
  return [...new Set([...options.rebuildSizes, options.offices])].sort((a, b) => a - b);
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions | "help" {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        offices: { type: "string" },
        posts: { type: "string" },
        db: { type: "string" },
        "rebuild-sizes": { type: "string" },
        "rebuild-repeats": { type: "string" },
        publishes: { type: "string" },
        "a11y-pages": { type: "string" },
        "portal-offices": { type: "string" },
        only: { type: "string" },
        batch: { type: "string" },
        jobs: { type: "string" },
        "stream-rates": { type: "string" },
        "stream-minutes": { type: "string" },
        "stream-servers": { type: "string" },
        seed: { type: "string" },
        now: { type: "string" },
        out: { type: "string" },
        keep: { type: "boolean" },
        "no-markdown": { type: "boolean" },
        help: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new BenchOptionsError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (v.help) return "help";
  const result = optionsSchema.safeParse({
    offices: v.offices,
    posts: v.posts,
    db: v.db,
    rebuildSizes: v["rebuild-sizes"],
    rebuildRepeats: v["rebuild-repeats"],
    publishes: v.publishes,
    a11yPages: v["a11y-pages"],
    portalOffices: v["portal-offices"],
    only: v.only,
    batch: v.batch,
    jobs: v.jobs,
    streamRates: v["stream-rates"],
    streamMinutes: v["stream-minutes"],
    streamServers: v["stream-servers"],
    seed: v.seed,
    now: v.now,
    out: v.out,
    keep: v.keep,
    markdown: v["no-markdown"] === true ? false : undefined,
  });
  if (!result.success) {
    throw new BenchOptionsError(result.error.issues.map((issue) => issue.message).join("; "));
  }
  const largest = Math.max(...sizesOf(result.data), result.data.portalOffices);
  if (largest > MAX_TOWNS) {
    throw new BenchOptionsError(`at most ${MAX_TOWNS} offices can be generated, not ${largest}`);
  }
  return result.data;
}
