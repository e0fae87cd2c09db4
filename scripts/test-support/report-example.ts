// A complete, schema-valid report with chosen figures, for the unit tests of the goals and the
// Markdown tables (the smoke test checks a real one).
import { evaluateGoals } from "../src/bench/goals.ts";
import {
  type BenchReport,
  benchReportSchema,
  type DatabaseResult,
  pageTypeNames,
} from "../src/bench/report-schema.ts";
import { summarize } from "../src/bench/stats.ts";
import {
  buildSummary,
  cpuPercent,
  latencySummary,
  queueTrend,
} from "../src/bench/stream-summary.ts";

export interface ExampleFigures {
  pagesPerSecond: number;
  rebuildSeconds: readonly number[];
  publishSeconds: readonly number[];
  /** Seconds from each publish's build ending to the admin showing it. */
  adminStatusSeconds: readonly number[];
  /** Seconds of the news post's previews (the other types take 0.1 s less). */
  previewSeconds: readonly number[];
  peakRssBytes: number;
  largestPageBytes: number;
  scriptBytes: number;
  a11yErrors: number;
  /** Publish stream at 60/min: seconds of each publish to live, waiting offices every second. */
  streamSeconds: readonly number[];
  streamWaiting: readonly number[];
  streamTimedOut: number;
}

export const goodFigures: ExampleFigures = {
  pagesPerSecond: 600,
  rebuildSeconds: [0.8, 0.85, 0.9],
  publishSeconds: [4, 4.2, 4.4],
  adminStatusSeconds: [0.2, 0.4, 0.6],
  previewSeconds: [1.2, 1.3, 1.5],
  peakRssBytes: 1024 ** 3,
  largestPageBytes: 9_000,
  scriptBytes: 2_000,
  a11yErrors: 0,
  streamSeconds: [2, 3, 4, 5, 9],
  streamWaiting: [1, 2, 0, 1, 2, 1],
  streamTimedOut: 0,
};

/** One rate of the stream; the 6/min rate has no queue at all. */
export function streamRate(
  ratePerMinute: number,
  seconds: readonly number[],
  waiting: readonly number[],
  timedOut: number,
  servers = 1,
) {
  const queueSamples = waiting.map((value, i) => ({ atSeconds: i, waiting: value, building: 1 }));
  return {
    ratePerMinute,
    servers,
    minutes: 10,
    arrivals: seconds.length + timedOut,
    live: seconds.length,
    timedOut,
    seconds: [...seconds],
    summary: latencySummary(seconds),
    builds: buildSummary(seconds.map(() => 1)),
    queue: queueTrend(queueSamples),
    queueSamples,
    cpuSeconds: 600,
    cpuPercent: cpuPercent(600, 610),
    wallSeconds: 610,
    memory: memory(3 * 1024 ** 3),
    maxLateMs: 3,
    pollerWaits: 0,
    loadAverageStart: [1, 1, 1],
    loadAverageEnd: [2, 1.5, 1],
  };
}

const memory = (bytes: number) => ({
  treeRssBytes: bytes,
  processHwmBytes: bytes,
  processes: 2,
  samples: 10,
});

export function exampleDatabase(
  figures: ExampleFigures,
  kind: "sqlite" | "postgres" = "sqlite",
): DatabaseResult {
  const pages = 25_000;
  return {
    kind,
    import: {
      offices: 100,
      entries: 21_300,
      seconds: 200,
      entriesPerSecond: 106.5,
      steps: [
        {
          fromOffices: 0,
          toOffices: 100,
          created: 21_300,
          importSeconds: 200,
          wallSeconds: 206,
          entriesPerSecond: 106.5,
          memory: memory(600 * 1024 ** 2),
        },
      ],
    },
    fullBuilds: [
      {
        jobs: 1,
        batch: 25,
        offices: 100,
        batches: 4,
        pages,
        seconds: pages / figures.pagesPerSecond,
        pagesPerSecond: figures.pagesPerSecond,
        batchSeconds: summarize([40, 41, 42, 43]),
        memory: memory(figures.peakRssBytes),
        cmsMemory: memory(500 * 1024 ** 2),
        profile: {
          builds: 4,
          astroSeconds: 160,
          bundleSeconds: 8,
          renderSeconds: 90,
          cmsReadSeconds: 12,
          splitSeconds: 6,
          pagefindSeconds: 20,
          precompressSeconds: 30,
          otherSeconds: 6,
        },
      },
    ],
    rebuild: {
      office: "brzezowo",
      sizes: figures.rebuildSeconds.map((seconds, i) => ({
        offices: [5, 100, 500][i] ?? 1_000,
        seconds: [seconds + 2],
        medianSeconds: seconds + 2,
        warmSeconds: [seconds],
        warmMedianSeconds: seconds,
        listOfficesSeconds: 0.1,
        cmsStartSeconds: 3,
        pages: 250,
        profile: {
          driverSeconds: 0.3,
          startupSeconds: 1,
          setupSeconds: seconds / 3,
          bundleSeconds: 0.5,
          renderSeconds: 0.6,
          postSeconds: 0.2,
        },
      })),
      growth: (figures.rebuildSeconds.at(-1)! + 2) / (figures.rebuildSeconds[0]! + 2),
      warmGrowth: figures.rebuildSeconds.at(-1)! / figures.rebuildSeconds[0]!,
    },
    publish: {
      office: "brzezowo",
      seconds: [...figures.publishSeconds],
      summary: summarize(figures.publishSeconds),
      adminStatus: {
        seconds: [...figures.adminStatusSeconds],
        summary: summarize(figures.adminStatusSeconds),
      },
    },
    publishCommand: {
      office: "brzezowo",
      seconds: figures.publishSeconds.map((s) => s + 2),
      summary: summarize(figures.publishSeconds.map((s) => s + 2)),
      adminStatus: {
        seconds: [...figures.adminStatusSeconds],
        summary: summarize(figures.adminStatusSeconds),
      },
    },
    preview: {
      office: "brzezowo",
      types: ["office", "department", "schedule", "programme", "news-post"].map((type) => {
        const taken = figures.previewSeconds.map((s) => (type === "news-post" ? s : s - 0.1));
        return { type, seconds: taken, summary: summarize(taken) };
      }),
    },
    stream: {
      offices: 500,
      minutes: 10,
      maxPollers: 64,
      pollMs: 100,
      sampleMs: 1_000,
      rates: [
        streamRate(6, [1.5, 1.6, 1.7], [0, 0, 0, 0, 0, 0], 0),
        streamRate(60, figures.streamSeconds, figures.streamWaiting, figures.streamTimedOut),
      ],
    },
    pageTypes: pageTypeNames.map((type) => ({
      type,
      pages: 10,
      htmlCssGzip: summarize([figures.largestPageBytes / 2, figures.largestPageBytes]),
      scriptGzip: summarize([0, figures.scriptBytes]),
      transferBytes: summarize([figures.largestPageBytes, figures.largestPageBytes + 2_000]),
      requests: summarize([1, 2]),
      withinBudget: figures.largestPageBytes <= 14 * 1024 && figures.scriptBytes <= 3 * 1024,
    })),
    weighedOffices: ["brzezowo"],
    budgetViolations: [],
    a11y: {
      status: "ok",
      pages: 40,
      pagesWithErrors: figures.a11yErrors > 0 ? 1 : 0,
      errors: figures.a11yErrors,
      codes: figures.a11yErrors > 0 ? [{ code: "color-contrast", count: figures.a11yErrors }] : [],
      failedUrls: figures.a11yErrors > 0 ? ["http://brzezowo.localhost:13463/"] : [],
      seconds: 30,
    },
  };
}

export function exampleReport(databases: readonly DatabaseResult[]): BenchReport {
  return benchReportSchema.parse({
    version: 3,
    startedAt: "2026-11-23T10:00:00.000Z",
    finishedAt: "2026-11-23T11:00:00.000Z",
    command: "pnpm bench",
    options: {
      offices: 100,
      posts: 200,
      databases: databases.map((d) => d.kind),
      rebuildSizes: [5, 100, 500],
      publishes: 20,
      a11yPages: 40,
      batch: 25,
      jobs: 2,
      seed: 1,
      now: "2026-11-23T12:00:00+01:00",
      streamRates: [6, 60],
      streamMinutes: 10,
    },
    skipped: [],
    machine: {
      cpus: 2,
      cpuModel: "Example CPU",
      memoryBytes: 24 * 1024 ** 3,
      os: "Debian GNU/Linux 12 (bookworm)",
      node: "24.21.0",
      loadAverageStart: [0.5, 0.4, 0.3],
      loadAverageEnd: [1.5, 1.2, 0.9],
      loadAverage1m: summarize([0.5, 1.5, 2.5]),
    },
    databases: [...databases],
    goals: evaluateGoals(databases),
  } satisfies BenchReport);
}
