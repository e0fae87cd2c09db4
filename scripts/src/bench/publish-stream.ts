// A stream of publishes through the real pipeline (CMS → signed notification → rebuild service →
// static server): at each rate, publishes of random offices arrive as a Poisson stream for the
// window; each one publishes a new title of the office's newest post through the admin content
// manager and is timed until the static server shows it. Arrivals never wait for earlier
// publishes to go live. Every second the service's queue (offices waiting for a build) and its
// running build are sampled; the service's log counts the builds it starts and their offices.
// Each count of warm build servers (REBUILD_CONCURRENCY) is a pipeline of its own, started afresh
// with every office built, that runs every rate.
import os from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { BenchCms } from "./bench-cms.ts";
import { treeCpuSeconds } from "./cpu-time.ts";
import { sampleMemory } from "./memory-sampler.ts";
import { streamFor } from "./prng.ts";
import { adminPublisher, getPage, newestPost, startBenchPipeline } from "./publish-live.ts";
import type { StreamRateResult, StreamResult } from "./report-schema.ts";
import { type Arrival, poissonArrivals } from "./stream-schedule.ts";
import {
  buildSummary,
  cpuPercent,
  latencySummary,
  type QueueSample,
  queueTrend,
} from "./stream-summary.ts";

export class StreamError extends Error {
  override name = "StreamError";
}

export interface StreamOptions {
  cms: BenchCms;
  /** The offices of the CMS; arrivals pick among them. */
  offices: readonly string[];
  ratesPerMinute: readonly number[];
  /** Warm build servers side by side (REBUILD_CONCURRENCY), one pipeline each (default [1]). */
  servers?: readonly number[];
  /** Length of each rate's arrival window. */
  minutes: number;
  seed: number;
  workDir: string;
  cacheRoot: string;
  now: string;
  /** Publishes polled for at once; more wait for a free poller (counted as `pollerWaits`). */
  maxPollers?: number;
  /** A publish not live after this long counts as timed out. */
  timeoutMs?: number;
  log: (line: string) => void;
}

/** Milliseconds between polls of the static server by each in-flight publish. */
const POLL_MS = 100;
const SAMPLE_MS = 1_000;
/** The title's marker: the publish's sequence number within the run. */
const MARKER = /\(strumień (\d+)\)/g;

interface Post {
  documentId: string;
  path: string;
  base: string;
}

/** The highest stream sequence number a page shows, 0 when none. */
function shownSequence(html: string): number {
  let highest = 0;
  for (const match of html.matchAll(MARKER)) highest = Math.max(highest, Number(match[1]));
  return highest;
}

/**
 * Offices waiting for a build (a change not yet taken by a build: waiting, ready, or building
 * with a further change due) and offices in a running build, from the service's status.
 */
function queueOf(offices: Readonly<Record<string, unknown>>): Omit<QueueSample, "atSeconds"> {
  let waiting = 0;
  let building = 0;
  for (const office of Object.values(offices)) {
    const { phase, dueAt } = office as { phase?: string; dueAt?: string };
    if (phase === "building") building++;
    if (phase === "waiting" || phase === "ready" || (phase === "building" && dueAt)) waiting++;
  }
  return { waiting, building };
}

/** A counting semaphore: at most `size` holders at once. */
function slots(size: number) {
  let free = size;
  const waiting: (() => void)[] = [];
  return {
    async acquire(): Promise<boolean> {
      if (free > 0) {
        free--;
        return false;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
      return true;
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}

export async function measurePublishStream(options: StreamOptions): Promise<StreamResult> {
  const maxPollers = options.maxPollers ?? 64;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const durationMs = options.minutes * 60_000;
  const schedules = options.ratesPerMinute.map((rate) => ({
    rate,
    arrivals: poissonArrivals({
      ratePerMinute: rate,
      durationMs,
      offices: options.offices.length,
      gaps: streamFor(options.seed, "stream-gaps", rate),
      picks: streamFor(options.seed, "stream-offices", rate),
    }),
  }));
  // Publish numbers run on across the pipelines: a page built from an earlier pipeline's last
  // title must not count as showing a later publish.
  let sequence = 0;
  const rates: StreamRateResult[] = [];
  for (const servers of options.servers ?? [1]) {
    rates.push(...(await runPipeline(servers)));
  }
  return {
    offices: options.offices.length,
    minutes: options.minutes,
    maxPollers,
    pollMs: POLL_MS,
    sampleMs: SAMPLE_MS,
    rates,
  };

  async function runPipeline(servers: number): Promise<StreamRateResult[]> {
    // Offices per started build, from the service's `build.started` log lines.
    const builds: { atMs: number; offices: number }[] = [];
    const pipeline = await startBenchPipeline({
      cms: options.cms,
      workDir: join(options.workDir, `servers-${servers}`),
      cacheRoot: options.cacheRoot,
      now: options.now,
      builder: "warm-site",
      settings: {
        // Every office live before the stream starts, as in production.
        REBUILD_BUILD_ON_START: "true",
        REBUILD_DAILY_AT: "off",
        REBUILD_CONCURRENCY: String(servers),
      },
      onLogLine: (line) => {
        if (!line.includes('"build.started"')) return;
        const event = JSON.parse(line) as { offices?: unknown };
        builds.push({
          atMs: performance.now(),
          offices: Array.isArray(event.offices) ? event.offices.length : 0,
        });
      },
    });
    try {
      const { url, readToken, adminToken, logins } = pipeline.strapi;
      const publish = adminPublisher(url, adminToken, () =>
        pipeline.strapi.adminLogin(logins.admin.email, logins.admin.password),
      );
      const { service, servePort } = pipeline.publishing;
      options.log(
        `stream: ${servers} warm build server(s): building all ${options.offices.length} offices before the stream`,
      );
      await service.idle();

      const picked = [
        ...new Set(schedules.flatMap((s) => s.arrivals.map((a) => options.offices[a.office]!))),
      ];
      const posts = new Map<string, Post>();
      for (const office of picked) {
        const post = await newestPost(url, readToken, office);
        posts.set(office, {
          documentId: post.documentId,
          path: `/aktualnosci/${post.slug}/`,
          base: post.title.replace(/ \(strumień \d+\)$/, ""),
        });
      }

      // Publishes of one office go out one after another, in arrival order, so that a higher
      // sequence number on its page means every earlier publish of it is live too.
      const officeChains = new Map<string, Promise<void>>();
      const pollers = slots(maxPollers);

      const runRate = async (rate: number, arrivals: readonly Arrival[]) => {
        const loadAverageStart = os.loadavg();
        const seconds: number[] = [];
        let timedOut = 0;
        let pollerWaits = 0;
        let maxLateMs = 0;
        const samples: QueueSample[] = [];
        const buildsBefore = builds.length;
        const memory = sampleMemory(() => [process.pid], { intervalMs: 500 });
        const cpuStart = treeCpuSeconds(process.pid);
        const start = performance.now();
        let sampling = false;
        const sampler = setInterval(() => {
          if (sampling) return;
          sampling = true;
          const atSeconds = (performance.now() - start) / 1000;
          service
            .status()
            .then((status) => samples.push({ atSeconds, ...queueOf(status.offices) }))
            .catch((error: unknown) => options.log(`stream: status failed: ${String(error)}`))
            .finally(() => {
              sampling = false;
            });
        }, SAMPLE_MS);

        const publishOne = async (office: string) => {
          const post = posts.get(office)!;
          const previous = officeChains.get(office) ?? Promise.resolve();
          let sent = 0;
          let mine = 0;
          const published = previous.then(async () => {
            mine = ++sequence;
            sent = performance.now();
            await publish(post.documentId, `${post.base} (strumień ${mine})`);
          });
          officeChains.set(
            office,
            published.catch(() => {}),
          );
          await published;
          if (await pollers.acquire()) pollerWaits++;
          try {
            const deadline = sent + timeoutMs;
            while (performance.now() < deadline) {
              if (shownSequence(await getPage(servePort, office, post.path)) >= mine) {
                seconds.push((performance.now() - sent) / 1000);
                return;
              }
              await sleep(POLL_MS);
            }
            timedOut++;
          } finally {
            pollers.release();
          }
        };

        const inFlight: Promise<void>[] = [];
        for (const arrival of arrivals) {
          const wait = start + arrival.atMs - performance.now();
          if (wait > 0) await sleep(wait);
          maxLateMs = Math.max(maxLateMs, performance.now() - start - arrival.atMs);
          inFlight.push(publishOne(options.offices[arrival.office]!));
        }
        const rest = start + durationMs - performance.now();
        if (rest > 0) await sleep(rest);
        clearInterval(sampler);
        const windowSamples = samples.filter((sample) => sample.atSeconds * 1000 < durationMs);
        const failures = (await Promise.allSettled(inFlight)).filter(
          (r) => r.status === "rejected",
        );
        await service.idle();
        const wallSeconds = (performance.now() - start) / 1000;
        const cpuSeconds = treeCpuSeconds(process.pid) - cpuStart;
        const peak = memory.stop();
        if (failures.length > 0) {
          const reason = (failures[0] as PromiseRejectedResult).reason;
          throw new StreamError(
            `${failures.length} of ${arrivals.length} publishes at ${rate}/min failed: ${reason instanceof Error ? reason.message : String(reason)}`,
          );
        }
        if (seconds.length === 0) {
          throw new StreamError(`no publish at ${rate}/min went live (${timedOut} timed out)`);
        }
        const started = builds.slice(buildsBefore).map((build) => build.offices);
        const result: StreamRateResult = {
          ratePerMinute: rate,
          servers,
          minutes: options.minutes,
          arrivals: arrivals.length,
          live: seconds.length,
          timedOut,
          seconds,
          summary: latencySummary(seconds),
          builds: buildSummary(started),
          queue: queueTrend(windowSamples),
          queueSamples: windowSamples,
          cpuSeconds,
          cpuPercent: cpuPercent(cpuSeconds, wallSeconds),
          wallSeconds,
          memory: peak,
          maxLateMs,
          pollerWaits,
          loadAverageStart,
          loadAverageEnd: os.loadavg(),
        };
        return result;
      };

      const results: StreamRateResult[] = [];
      for (const { rate, arrivals } of schedules) {
        options.log(
          `stream: ${arrivals.length} publishes at ${rate}/min over ${options.minutes} min of ${options.offices.length} offices, ${servers} warm build server(s)`,
        );
        const result = await runRate(rate, arrivals);
        options.log(
          `stream: ${rate}/min p50 ${result.summary.median.toFixed(2)} s, p95 ${result.summary.p95.toFixed(2)} s, p99 ${result.summary.p99.toFixed(2)} s; ${result.builds.started} builds (${result.builds.officesPerBuildMean.toFixed(1)} offices each), queue max ${result.queue.max}${result.queue.growing ? " GROWING" : ""}, CPU ${result.cpuPercent.toFixed(0)} %`,
        );
        results.push(result);
      }
      return results;
    } finally {
      await pipeline.stop();
    }
  }
}
