// The bench report, as written to var/bench/<timestamp>.json. The schema is the single source of
// the report's types, and the smoke test checks a real report against it.
import { z } from "zod";

const seconds = z.number().nonnegative();
const bytes = z.number().int().nonnegative();
const count = z.number().int().nonnegative();

export const summarySchema = z.object({
  count: count.min(1),
  min: z.number(),
  median: z.number(),
  p95: z.number(),
  max: z.number(),
});

export const memorySchema = z.object({
  treeRssBytes: bytes,
  processHwmBytes: bytes,
  processes: count,
  samples: count,
});

export const importStepSchema = z.object({
  /** Offices in the CMS before and after the step. */
  fromOffices: count,
  toOffices: count.min(1),
  created: count,
  importSeconds: seconds,
  wallSeconds: seconds,
  entriesPerSecond: z.number().nonnegative(),
  memory: memorySchema,
});

/** Where a full build's time goes: each phase summed over its batches (astro-profile.ts). */
export const fullBuildProfileSchema = z.object({
  /** Builds whose `N page(s) built in …` line was found. */
  builds: count.min(1),
  /** Sum of the builds' `N page(s) built in …`. */
  astroSeconds: seconds,
  /** Vite's builds (`[vite] ✓ built in …`: the prerender bundle, then the client's). */
  bundleSeconds: seconds,
  /** `generating static routes … ✓ Completed in …`: the pages rendered and written. */
  renderSeconds: seconds,
  /** The CMS reads (`[mops:content-prefetch] read …`), which overlap bundling. */
  cmsReadSeconds: seconds,
  /** One site per office, with its sitemap (`[mops:office-sites]`). */
  splitSeconds: seconds,
  /** `[mops:pagefind]`. */
  pagefindSeconds: seconds,
  /** `[mops:precompress]`: the `.br` and `.gz` siblings. */
  precompressSeconds: seconds,
  /** Astro's total less the phases above except the reads (setup, Astro's own steps). */
  otherSeconds: seconds,
});

/** One run of the build driver over every office of the CMS. */
export const fullBuildSchema = z.object({
  /** The driver's `--jobs`: `astro build`s at once, all in the one driver process. */
  jobs: count.min(1),
  /** The driver's `--batch`: at most this many offices per `astro build`. */
  batch: count.min(1),
  offices: count.min(1),
  /** `astro build`s the driver ran (its batches). */
  batches: count.min(1),
  pages: count.min(1),
  seconds,
  pagesPerSecond: z.number().positive(),
  /** Wall seconds of each batch's `astro build`, as the driver reports them. */
  batchSeconds: summarySchema,
  /** The driver's whole process tree: the driver, its `astro build`s, Pagefind. */
  memory: memorySchema,
  /** The CMS process while it served the build. */
  cmsMemory: memorySchema,
  /** With one job: each phase summed over the batches (astro-profile.ts). */
  profile: fullBuildProfileSchema.optional(),
});

/** Where a single-office rebuild spends its time (medians over the timed rebuilds). */
export const rebuildProfileSchema = z.object({
  /** Driver process: start, office listing, moving the release. */
  driverSeconds: seconds,
  /** Astro process start before its build begins. */
  startupSeconds: seconds,
  /** Astro: config, types. */
  setupSeconds: seconds,
  bundleSeconds: seconds,
  renderSeconds: seconds,
  /** Astro, after rendering: split into one site per office (with its sitemap), Pagefind. */
  postSeconds: seconds,
});

export const rebuildSizeSchema = z.object({
  offices: count.min(1),
  /** Seconds of each timed single-office build by the CLI driver (one publish before each). */
  seconds: z.array(seconds).min(1),
  medianSeconds: seconds,
  /** The same rebuilds by the warm build server, as the rebuild service runs them. */
  warmSeconds: z.array(seconds).min(1),
  warmMedianSeconds: seconds,
  /** Seconds the driver's office listing (every office, from the CMS) takes at this size. */
  listOfficesSeconds: seconds,
  cmsStartSeconds: seconds,
  pages: count.min(1),
  profile: rebuildProfileSchema.optional(),
});

export const pageTypeNames = [
  "home",
  "department",
  "programme",
  "news list",
  "news post",
  "contact",
  "accessibility statement",
  "other",
] as const;

export const pageTypeSchema = z.object({
  type: z.enum(pageTypeNames),
  pages: count,
  /** HTML with its CSS (inline and linked), gzip. */
  htmlCssGzip: summarySchema,
  /** All JavaScript the page loads, gzip. */
  scriptGzip: summarySchema,
  /** Bytes over the wire for a cold load: gzip for text, raw for binary files. */
  transferBytes: summarySchema,
  requests: summarySchema,
  withinBudget: z.boolean(),
});

export const budgetViolationSchema = z.object({
  office: z.string(),
  rule: z.string(),
  page: z.string(),
  detail: z.string(),
});

export const a11ySchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("ok"),
    pages: count.min(1),
    pagesWithErrors: count,
    errors: count,
    /** Issue codes with their counts, most frequent first. */
    codes: z.array(z.object({ code: z.string(), count: count.min(1) })),
    failedUrls: z.array(z.string()),
    seconds,
  }),
  z.object({ status: z.literal("not-run"), reason: z.string().min(1) }),
]);

export const publishSchema = z.object({
  office: z.string(),
  seconds: z.array(seconds).min(1),
  summary: summarySchema,
  /** Seconds from each publish's build ending to the admin's build status showing it. */
  adminStatus: z.object({ seconds: z.array(seconds).min(1), summary: summarySchema }),
});

/** Preview of a draft, one row per content type (bench/preview-ready.ts). */
export const previewSchema = z.object({
  office: z.string(),
  types: z
    .array(
      z.object({
        type: z.string(),
        seconds: z.array(seconds).min(1),
        summary: summarySchema,
      }),
    )
    .min(1),
});

/** The regional portal built at one office count (portal-step.ts). */
export const portalResultSchema = z.object({
  offices: z.number().int().min(1),
  /** The whole portal build: listing the offices, loading their content, Astro, Pagefind. */
  seconds: z.number().nonnegative(),
  pages: z.number().int().min(1),
  pageTypes: z.array(
    z.object({
      type: z.string(),
      pages: z.number().int().min(1),
      htmlCssGzip: summarySchema,
      scriptGzip: summarySchema,
      withinBudget: z.boolean(),
    }),
  ),
  budgetViolations: z.array(budgetViolationSchema),
});

/** Publish to live with p99, for the publish stream. */
export const latencySchema = summarySchema.extend({ p99: z.number() });

/** One rate of the publish stream (bench/publish-stream.ts). */
export const streamRateSchema = z.object({
  ratePerMinute: z.number().positive(),
  /** Warm build servers building side by side (the service's REBUILD_CONCURRENCY). */
  servers: count.min(1),
  /** Length of the arrival window. */
  minutes: z.number().positive(),
  arrivals: count.min(1),
  /** Publishes seen live, and those not live within the timeout. */
  live: count.min(1),
  timedOut: count,
  /** Seconds from sending each publish to the static server showing it. */
  seconds: z.array(seconds).min(1),
  summary: latencySchema,
  /** Builds the service started from the first arrival until it was idle again. */
  builds: z.object({
    started: count,
    officesPerBuildMean: z.number().nonnegative(),
    officesPerBuildMax: count,
  }),
  /** Offices waiting for a build, sampled every second of the arrival window. */
  queue: z.object({
    samples: count.min(3),
    max: count,
    /** Most offices in running builds at one sample. */
    maxBuilding: count,
    firstThirdMean: z.number().nonnegative(),
    lastThirdMean: z.number().nonnegative(),
    growing: z.boolean(),
    perMinuteMax: z.array(count).min(1),
  }),
  queueSamples: z.array(z.object({ atSeconds: seconds, waiting: count, building: count })),
  /** CPU of the bench's process tree (service, static server, CMS, build server, pollers). */
  cpuSeconds: seconds,
  /** Of one core over the wall time (200: two cores busy throughout). */
  cpuPercent: z.number().nonnegative(),
  /** From the first arrival until every publish was live and the service idle. */
  wallSeconds: seconds,
  memory: memorySchema,
  /** Latest an arrival was sent after its scheduled instant. */
  maxLateMs: z.number().nonnegative(),
  /** Publishes that waited for a free poller before polling. */
  pollerWaits: count,
  loadAverageStart: z.array(z.number()).length(3),
  loadAverageEnd: z.array(z.number()).length(3),
});

export const streamSchema = z.object({
  offices: count.min(1),
  minutes: z.number().positive(),
  maxPollers: count.min(1),
  pollMs: count.min(1),
  sampleMs: count.min(1),
  rates: z.array(streamRateSchema).min(1),
});

/** The nightly decision, night after night (bench/nightly-decision.ts). */
export const nightlySchema = z.object({
  offices: count.min(1),
  nights: z
    .array(
      z.object({
        date: z.iso.date(),
        rebuilt: count,
        seconds,
        reasons: z.array(z.object({ reason: z.string(), offices: count.min(1) })),
      }),
    )
    .min(1),
});

export type NightlyResult = z.infer<typeof nightlySchema>;

export const databaseResultSchema = z.object({
  kind: z.enum(["sqlite", "postgres"]),
  import: z.object({
    /** Offices and entries of the fresh import up to the measured size N. */
    offices: count.min(1),
    entries: count.min(1),
    seconds,
    entriesPerSecond: z.number().positive(),
    steps: z.array(importStepSchema).min(1),
  }),
  fullBuilds: z.array(fullBuildSchema).min(1),
  rebuild: z.object({
    office: z.string(),
    sizes: z.array(rebuildSizeSchema).min(1),
    /** Median at the largest size over median at the smallest, measured in this run. */
    growth: z.number().positive(),
    /** The same for the warm build server. */
    warmGrowth: z.number().positive(),
  }),
  /** Through the rebuild service with the warm build server (its default in the pipeline). */
  publish: publishSchema,
  /** The same publishes with one driver process per build (REBUILD_BUILDER=command). */
  publishCommand: publishSchema,
  /** Preview of each content type's draft (absent in reports made before the preview). */
  preview: previewSchema.optional(),
  /** A Poisson stream of publishes of random offices (only with --stream-rates). */
  stream: streamSchema.optional(),
  /** The nightly decision at N (absent in reports made before it). */
  nightly: nightlySchema.optional(),
  pageTypes: z.array(pageTypeSchema).min(1),
  /** Offices whose pages were weighed. */
  weighedOffices: z.array(z.string()).min(1),
  budgetViolations: z.array(budgetViolationSchema),
  a11y: a11ySchema,
  /** The regional portal at --portal-offices (portal-step.ts), when that is one of the sizes. */
  portal: portalResultSchema.optional(),
});

export const goalSchema = z.object({
  id: z.string(),
  database: z.enum(["sqlite", "postgres"]),
  goal: z.string(),
  measured: z.string(),
  pass: z.boolean(),
});

export const machineSchema = z.object({
  cpus: count.min(1),
  cpuModel: z.string(),
  memoryBytes: bytes,
  os: z.string(),
  node: z.string(),
  loadAverageStart: z.array(z.number()).length(3),
  loadAverageEnd: z.array(z.number()).length(3),
  /** The 1-minute load average sampled every 10 s during the run (the bench's own work included). */
  loadAverage1m: summarySchema,
});

export const benchReportSchema = z.object({
  /** 3: rebuild and publish timed with the warm build server and with a process per build. */
  version: z.literal(3),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  command: z.string(),
  options: z.object({
    offices: count.min(1),
    posts: count,
    databases: z.array(z.enum(["sqlite", "postgres"])).min(1),
    rebuildSizes: z.array(count.min(1)).min(1),
    publishes: count.min(1),
    a11yPages: count,
    batch: count.min(1),
    jobs: count.min(1),
    seed: z.number().int(),
    now: z.string(),
    /** Publish stream rates per minute and minutes per rate (absent: no stream measured). */
    streamRates: z.array(z.number().positive()).optional(),
    streamMinutes: z.number().positive().optional(),
    streamServers: z.array(count.min(1)).optional(),
  }),
  skipped: z.array(z.object({ kind: z.enum(["sqlite", "postgres"]), reason: z.string() })),
  machine: machineSchema,
  databases: z.array(databaseResultSchema),
  goals: z.array(goalSchema),
});

export type BenchReport = z.infer<typeof benchReportSchema>;
export type DatabaseResult = z.infer<typeof databaseResultSchema>;
export type PageTypeResult = z.infer<typeof pageTypeSchema>;
export type PageTypeName = (typeof pageTypeNames)[number];
export type FullBuildResult = z.infer<typeof fullBuildSchema>;
export type FullBuildProfile = z.infer<typeof fullBuildProfileSchema>;
export type RebuildSize = z.infer<typeof rebuildSizeSchema>;
export type PortalResult = z.infer<typeof portalResultSchema>;
export type RebuildProfile = z.infer<typeof rebuildProfileSchema>;
export type A11yResult = z.infer<typeof a11ySchema>;
export type Goal = z.infer<typeof goalSchema>;
export type StreamResult = z.infer<typeof streamSchema>;
export type StreamRateResult = z.infer<typeof streamRateSchema>;
export type ImportStep = z.infer<typeof importStepSchema>;
export type BudgetViolationRow = z.infer<typeof budgetViolationSchema>;
