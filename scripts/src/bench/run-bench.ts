// The whole bench for one or two databases. For each database the CMS grows through the office
// counts of the run (the rebuild sizes and N, ascending), one import step each; at every count
// the single-office rebuild of office 0 is timed; at N the full build (one driver run with one
// Astro build at a time, then one with `jobs` at once), page weights, pa11y-ci and publish to
// live are measured. Each database runs on its own fresh database; everything is measured in one
// run, so ratios compare like with like.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { createLogger, createWarmBuilder } from "@mops/publisher";
import { listOffices, planBatches } from "@mops/site/driver";
import { runA11ySample } from "./a11y-sample.ts";
import { parseAstroProfile, parseFullBuildProfile } from "./astro-profile.ts";
import {
  type BenchCms,
  createBenchCms,
  type DatabaseKind,
  isPostgresReachable,
  type RunningCms,
} from "./bench-cms.ts";
import { countPages } from "./built-pages.ts";
import { createFixtureSource, type FixtureSource } from "./fixture-writer.ts";
import { evaluateGoals } from "./goals.ts";
import { sampleMemory } from "./memory-sampler.ts";
import { measureNightly, NIGHTS } from "./nightly-decision.ts";
import { type BenchOptions, sizesOf } from "./options.ts";
import { weighOffices } from "./page-weights.ts";
import { measurePortal } from "./portal-step.ts";
import { measurePreview, type PreviewedType } from "./preview-ready.ts";
import { streamFor } from "./prng.ts";
import {
  measurePublishToLive,
  newestPost,
  type PublishTimes,
  publishTitle,
} from "./publish-live.ts";
import { measurePublishStream } from "./publish-stream.ts";
import { reportMarkdown } from "./report-markdown.ts";
import {
  type BenchReport,
  benchReportSchema,
  type DatabaseResult,
  type FullBuildResult,
  type ImportStep,
  type NightlyResult,
  type PortalResult,
  type RebuildProfile,
  type RebuildSize,
  type StreamResult,
} from "./report-schema.ts";
import { type DriverTarget, repoRoot, runDriver } from "./site-driver.ts";
import { median, summarize } from "./stats.ts";
import { townSlug } from "./town-names.ts";

export class BenchError extends Error {
  override name = "BenchError";
}

export interface BenchDeps {
  /** Progress lines (stderr in the CLI). */
  log: (line: string) => void;
  /** Wall-clock time for the report's timestamps and file name. */
  clock: () => Date;
}

/** Offices whose every page is weighed (all page types occur in each office). */
const WEIGHED_OFFICES = 10;
/** A start on a large database creates one editor account per new office. */
const START_TIMEOUT_MS = 60 * 60_000;

function machineInfo(loadAverageStart: number[], loadSamples: readonly number[]) {
  const release = (() => {
    try {
      const text = readFileSync("/etc/os-release", "utf8");
      return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(text)?.[1] ?? `${os.type()} ${os.release()}`;
    } catch {
      return `${os.type()} ${os.release()}`;
    }
  })();
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryBytes: os.totalmem(),
    os: release,
    node: process.versions.node,
    loadAverageStart,
    loadAverageEnd: os.loadavg(),
    loadAverage1m: summarize(loadSamples),
  };
}

interface DatabaseRun {
  kind: DatabaseKind;
  options: BenchOptions;
  /** Database, fixtures, Astro caches. */
  workDir: string;
  /** Build output: inside site/, see `buildRootOf`. */
  buildDir: string;
  source: FixtureSource;
  log: (line: string) => void;
}

function target(
  running: RunningCms,
  options: BenchOptions,
  out: string,
  cache: string,
): DriverTarget {
  return {
    strapiUrl: running.strapi.url,
    token: running.strapi.readToken,
    now: options.now,
    outRoot: out,
    cacheRoot: cache,
  };
}

/** A builder's publish times as the report holds them. */
const publishResult = (office: string, times: PublishTimes) => ({
  office,
  seconds: times.seconds,
  summary: summarize(times.seconds),
  adminStatus: { seconds: times.statusSeconds, summary: summarize(times.statusSeconds) },
});

/** One warm-up build of `office`, then `repeats` times: publish a change, time its rebuild. */
async function measureRebuild(
  run: DatabaseRun,
  running: RunningCms,
  office: string,
  size: number,
): Promise<RebuildSize> {
  const driver = target(
    running,
    run.options,
    join(run.buildDir, "rebuild-out"),
    join(run.workDir, "rebuild-cache"),
  );
  await runDriver(driver, [office]);
  const { url, readToken, adminToken } = running.strapi;
  const post = await newestPost(url, readToken, office);
  const base = post.title.replace(/ \((?:przebudowa|ciepła|wersja) [\d-]+\)$/, "");
  const seconds: number[] = [];
  const profiles: RebuildProfile[] = [];
  for (let i = 1; i <= run.options.rebuildRepeats; i++) {
    await publishTitle(url, adminToken, post.documentId, `${base} (przebudowa ${size}-${i})`);
    const rebuilt = await runDriver(driver, [office], { verbose: true });
    seconds.push(rebuilt.seconds);
    const astro = parseAstroProfile(rebuilt.output);
    const officeSeconds = rebuilt.results[0]?.seconds;
    if (astro && officeSeconds !== undefined) {
      profiles.push({
        driverSeconds: Math.max(0, rebuilt.seconds - officeSeconds),
        startupSeconds: Math.max(0, officeSeconds - astro.astroSeconds),
        setupSeconds: astro.setupSeconds,
        bundleSeconds: astro.bundleSeconds,
        renderSeconds: astro.renderSeconds,
        postSeconds: astro.postSeconds,
      });
    }
  }
  const warmSeconds = await timeWarmRebuilds(run, running, driver, office, size, post, base);
  const listed = performance.now();
  const { offices } = await listOffices(url, readToken);
  const listOfficesSeconds = (performance.now() - listed) / 1000;
  if (offices.length !== size) {
    throw new BenchError(`the CMS lists ${offices.length} offices, expected ${size}`);
  }
  return {
    offices: size,
    seconds,
    medianSeconds: median(seconds),
    warmSeconds,
    warmMedianSeconds: median(warmSeconds),
    listOfficesSeconds,
    cmsStartSeconds: running.startSeconds,
    pages: await countPages(join(driver.outRoot, office)),
    ...(profiles.length === seconds.length ? { profile: medianProfile(profiles) } : {}),
  };
}

/**
 * The same rebuilds by the warm build server the rebuild service uses: one warm-up build on a
 * fresh server, then `repeats` times a publish and a timed build.
 */
async function timeWarmRebuilds(
  run: DatabaseRun,
  running: RunningCms,
  driver: DriverTarget,
  office: string,
  size: number,
  post: { documentId: string },
  base: string,
): Promise<number[]> {
  const { url, readToken, adminToken } = running.strapi;
  const builder = createWarmBuilder({
    cwd: repoRoot,
    env: { ...process.env, STRAPI_URL: url, STRAPI_TOKEN: readToken },
    timeoutMs: 600_000,
    recycleMib: 1_024,
    driverArgs: ["--quiet", "--cache", driver.cacheRoot, "--now", driver.now],
    log: createLogger({ clock: { now: Date.now }, write: () => {} }),
  });
  const signal = new AbortController().signal;
  const build = async () => {
    const report = await builder.build({ offices: [office], outRoot: driver.outRoot, signal });
    const failed = report?.results.find((result) => !result.ok);
    if (failed) throw new BenchError(`warm rebuild of ${office} failed: ${failed.error}`);
  };
  try {
    await build();
    const seconds: number[] = [];
    for (let i = 1; i <= run.options.rebuildRepeats; i++) {
      await publishTitle(url, adminToken, post.documentId, `${base} (ciepła ${size}-${i})`);
      const started = performance.now();
      await build();
      seconds.push((performance.now() - started) / 1000);
    }
    return seconds;
  } finally {
    await builder.close();
  }
}

/** The median of each phase over several rebuilds. */
function medianProfile(profiles: readonly RebuildProfile[]): RebuildProfile {
  const of = (key: keyof RebuildProfile) => median(profiles.map((profile) => profile[key]));
  return {
    driverSeconds: of("driverSeconds"),
    startupSeconds: of("startupSeconds"),
    setupSeconds: of("setupSeconds"),
    bundleSeconds: of("bundleSeconds"),
    renderSeconds: of("renderSeconds"),
    postSeconds: of("postSeconds"),
  };
}

/**
 * Every office of the CMS built by one driver run with `--jobs jobs --batch <batch>` (no slugs,
 * as in production), into its own output root with an Astro cache of its own.
 */
async function fullBuild(
  run: DatabaseRun,
  running: RunningCms,
  slugs: readonly string[],
  jobs: number,
): Promise<{ result: FullBuildResult; sitesRoot: string }> {
  const { batch } = run.options;
  const sitesRoot = join(run.buildDir, `sites-jobs-${jobs}`);
  const driver = target(running, run.options, sitesRoot, join(run.workDir, `cache-jobs-${jobs}`));
  const cms = sampleMemory(() => [running.pid]);
  // One build at a time: Astro's log, batch after batch, tells where the time goes.
  const built = await runDriver(driver, [], { batch, jobs, verbose: jobs === 1 });
  const cmsMemory = cms.stop();
  const reported = built.results.map((r) => r.office);
  if (reported.length !== slugs.length || !slugs.every((slug) => reported.includes(slug))) {
    throw new BenchError(
      `the full build reported ${reported.length} offices, expected ${slugs.length}: ${reported.slice(0, 10).join(", ")}…`,
    );
  }
  // The driver lists results batch by batch, in its own split; every office of a batch reports
  // the batch's wall time (an office rebuilt alone after its batch failed: its own).
  const batches = planBatches(built.results, batch, jobs);
  let pages = 0;
  for (const slug of slugs) pages += await countPages(join(sitesRoot, slug));
  return {
    sitesRoot,
    result: {
      jobs,
      batch,
      offices: slugs.length,
      batches: batches.length,
      pages,
      seconds: built.seconds,
      pagesPerSecond: pages / built.seconds,
      batchSeconds: summarize(batches.map((b) => Math.max(...b.map((r) => r.seconds ?? 0)))),
      memory: built.memory,
      cmsMemory,
      ...(jobs === 1 ? { profile: parseFullBuildProfile(built.output) } : {}),
    },
  };
}

async function runDatabase(run: DatabaseRun): Promise<DatabaseResult> {
  const { options, log, kind } = run;
  const cms: BenchCms = await createBenchCms({
    kind,
    workDir: join(run.workDir, "cms"),
    startTimeoutMs: START_TIMEOUT_MS,
  });
  try {
    const office = townSlug(0);
    const steps: ImportStep[] = [];
    const sizes: RebuildSize[] = [];
    let atN:
      | Omit<
          DatabaseResult,
          "kind" | "import" | "rebuild" | "publish" | "publishCommand" | "preview"
        >
      | undefined;
    const publishTimes: Record<"warm-site" | "command", PublishTimes> = {
      "warm-site": { seconds: [], statusSeconds: [] },
      command: { seconds: [], statusSeconds: [] },
    };
    let previewSeconds: Record<PreviewedType, number[]> | undefined;
    let portal: PortalResult | undefined;
    let stream: StreamResult | undefined;
    let nightly: NightlyResult | undefined;
    let inCms = 0;
    /** Imports offices inCms…to-1 as one step. */
    const importTo = async (to: number): Promise<void> => {
      log(
        `${kind}: writing and importing offices ${inCms + 1}–${to} (${options.posts} posts each)`,
      );
      const written = run.source.write(join(run.workDir, "fixtures", `to-${to}`), inCms, to);
      const seeded = await cms.seed(written.dir);
      if (seeded.created !== written.entries) {
        throw new BenchError(
          `the import created ${seeded.created} entries, the fixtures hold ${written.entries}`,
        );
      }
      const step: ImportStep = {
        fromOffices: inCms,
        toOffices: to,
        created: seeded.created,
        importSeconds: seeded.importSeconds,
        wallSeconds: seeded.wallSeconds,
        entriesPerSecond: seeded.created / seeded.importSeconds,
        memory: seeded.memory,
      };
      steps.push(step);
      log(
        `${kind}: ${seeded.created} entries in ${seeded.importSeconds.toFixed(1)} s (${step.entriesPerSecond.toFixed(1)}/s)`,
      );
      if (!options.keep) rmSync(written.dir, { recursive: true, force: true });
      inCms = to;
    };
    for (const size of sizesOf(options)) {
      await importTo(size);

      const running = await cms.start();
      try {
        log(`${kind}: single-office rebuild of ${office} with ${size} offices in the CMS`);
        const rebuilt = await measureRebuild(run, running, office, size);
        sizes.push(rebuilt);
        log(
          `${kind}: rebuild median ${rebuilt.medianSeconds.toFixed(2)} s (${rebuilt.seconds.map((x) => x.toFixed(2)).join(", ")}), office listing ${rebuilt.listOfficesSeconds.toFixed(2)} s`,
        );
        if (size === options.portalOffices) {
          log(`${kind}: the regional portal of ${size} offices`);
          portal = await measurePortal({
            strapiUrl: running.strapi.url,
            token: running.strapi.readToken,
            now: options.now,
            workDir: join(run.buildDir, "portal"),
          });
          log(`${kind}: portal built in ${portal.seconds.toFixed(1)} s, ${portal.pages} pages`);
        }
        if (size === options.offices) {
          const slugs = Array.from({ length: size }, (_, i) => townSlug(i));
          const fullBuilds: FullBuildResult[] = [];
          let sitesRoot = "";
          for (const jobs of [...new Set([1, options.jobs])]) {
            log(
              `${kind}: full build of ${size} offices, ${jobs} Astro build(s) at once, at most ${options.batch} offices each`,
            );
            const built = await fullBuild(run, running, slugs, jobs);
            fullBuilds.push(built.result);
            log(
              `${kind}: ${built.result.pages} pages in ${built.result.seconds.toFixed(1)} s = ${built.result.pagesPerSecond.toFixed(1)} pages/s (${built.result.batches} batches, median ${built.result.batchSeconds.median.toFixed(1)} s), peak RSS ${(built.result.memory.treeRssBytes / 1024 ** 2).toFixed(0)} MiB`,
            );
            if (jobs === 1) sitesRoot = built.sitesRoot;
            else if (!options.keep) rmSync(built.sitesRoot, { recursive: true, force: true });
          }
          log(`${kind}: nightly decision for ${size} offices over ${NIGHTS} nights`);
          nightly = {
            offices: size,
            nights: await measureNightly({
              url: running.strapi.url,
              token: running.strapi.readToken,
              offices: slugs,
              now: options.now,
            }),
          };
          for (const night of nightly.nights) {
            log(
              `${kind}: night ${night.date}: ${night.rebuilt} of ${size} offices rebuilt, decided in ${night.seconds.toFixed(2)} s`,
            );
          }
          log(`${kind}: weighing pages, pa11y-ci over ${options.a11yPages} pages`);
          const weighed = slugs.slice(0, WEIGHED_OFFICES);
          const siteUrl = (slug: string) => `https://${slug}.mops.example`;
          const weights = await weighOffices(
            weighed.map((slug) => ({ slug, dir: join(sitesRoot, slug), siteUrl: siteUrl(slug) })),
          );
          const a11yDir = join(run.workDir, "a11y");
          mkdirSync(a11yDir, { recursive: true });
          const a11y = await runA11ySample({
            sitesRoot,
            offices: slugs,
            pages: options.a11yPages,
            random: streamFor(options.seed, "a11y", kind),
            workDir: a11yDir,
          });
          atN = {
            fullBuilds,
            pageTypes: weights.pageTypes,
            weighedOffices: weighed,
            budgetViolations: weights.violations,
            a11y,
          };
        }
      } finally {
        await running.stop();
      }
      if (size === options.offices) {
        log(`${kind}: publish to live, ${options.publishes} publishes of ${office}`);
        const publishDir = join(run.buildDir, "publish");
        mkdirSync(publishDir, { recursive: true });
        for (const builder of ["warm-site", "command"] as const) {
          const timed = await measurePublishToLive({
            cms,
            office,
            publishes: options.publishes,
            workDir: join(publishDir, builder),
            cacheRoot: join(run.workDir, "rebuild-cache"),
            now: options.now,
            builder,
          });
          publishTimes[builder] = timed;
          const publish = summarize(timed.seconds);
          const status = summarize(timed.statusSeconds);
          log(
            `${kind}: publish to live (${builder}) median ${publish.median.toFixed(2)} s, p95 ${publish.p95.toFixed(2)} s; admin status after the build p95 ${status.p95.toFixed(2)} s`,
          );
        }
        // As many previews of each content type as publishes above.
        log(`${kind}: preview of drafts, ${options.publishes} of each type of ${office}`);
        const previewDir = join(run.buildDir, "preview");
        mkdirSync(previewDir, { recursive: true });
        previewSeconds = await measurePreview({
          cms,
          office,
          samples: options.publishes,
          workDir: previewDir,
          now: options.now,
        });
        for (const [type, taken] of Object.entries(previewSeconds)) {
          const summary = summarize(taken);
          log(
            `${kind}: preview (${type}) median ${summary.median.toFixed(2)} s, p95 ${summary.p95.toFixed(2)} s`,
          );
        }
        if (options.streamRates.length > 0) {
          log(
            `${kind}: publish stream at ${options.streamRates.join(", ")} per minute, ${options.streamMinutes} min each, with ${options.streamServers.join(", ")} warm build server(s)`,
          );
          const streamDir = join(run.buildDir, "stream");
          mkdirSync(streamDir, { recursive: true });
          stream = await measurePublishStream({
            cms,
            offices: Array.from({ length: size }, (_, i) => townSlug(i)),
            ratesPerMinute: options.streamRates,
            servers: options.streamServers,
            minutes: options.streamMinutes,
            seed: options.seed,
            workDir: streamDir,
            cacheRoot: join(run.workDir, "rebuild-cache"),
            now: options.now,
            log: (line) => log(`${kind}: ${line}`),
          });
        }
      }
    }
    if (!atN) throw new BenchError(`N = ${options.offices} was never reached`);
    const fresh = steps.filter((step) => step.toOffices <= options.offices);
    const entries = fresh.reduce((sum, step) => sum + step.created, 0);
    const seconds = fresh.reduce((sum, step) => sum + step.importSeconds, 0);
    return {
      kind,
      import: {
        offices: options.offices,
        entries,
        seconds,
        entriesPerSecond: entries / seconds,
        steps,
      },
      rebuild: {
        office,
        sizes,
        growth: sizes.at(-1)!.medianSeconds / sizes[0]!.medianSeconds,
        warmGrowth: sizes.at(-1)!.warmMedianSeconds / sizes[0]!.warmMedianSeconds,
      },
      publish: publishResult(office, publishTimes["warm-site"]),
      publishCommand: publishResult(office, publishTimes.command),
      ...(previewSeconds
        ? {
            preview: {
              office,
              types: Object.entries(previewSeconds).map(([type, taken]) => ({
                type,
                seconds: taken,
                summary: summarize(taken),
              })),
            },
          }
        : {}),
      ...(portal ? { portal } : {}),
      ...(stream ? { stream } : {}),
      ...(nightly ? { nightly } : {}),
      ...atN,
    };
  } finally {
    await cms.drop();
  }
}

/**
 * Where builds go: under site/.tmp/ (git-ignored), on the file system of the driver's staging
 * folder (site/.tmp/staging/), so that moving a built office into place is a rename, not a copy.
 */
const buildRootOf = (stamp: string) => join(repoRoot, "site", ".tmp", "bench", stamp);

const fileStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");

export async function runBench(
  options: BenchOptions,
  command: string,
  deps: BenchDeps,
): Promise<{ report: BenchReport; jsonPath: string; markdownPath: string; markdown: string }> {
  const started = deps.clock();
  const loadAverageStart = os.loadavg();
  const loadSamples = [loadAverageStart[0] ?? 0];
  const loadTimer = setInterval(() => loadSamples.push(os.loadavg()[0] ?? 0), 10_000);
  loadTimer.unref();
  const outDir = resolve(repoRoot, options.out);
  const workRoot = join(outDir, "work", fileStamp(started));
  const buildRoot = buildRootOf(fileStamp(started));
  const kinds: DatabaseKind[] = options.db === "both" ? ["sqlite", "postgres"] : [options.db];
  const skipped: BenchReport["skipped"] = [];
  const results: DatabaseResult[] = [];
  const source = createFixtureSource({
    seed: options.seed,
    posts: options.posts,
    now: new Date(options.now),
  });
  try {
    for (const kind of kinds) {
      if (kind === "postgres" && !(await isPostgresReachable())) {
        skipped.push({
          kind,
          reason: "PostgreSQL is not reachable (PGHOST/PGPORT/PGUSER/PGPASSWORD)",
        });
        deps.log("postgres: not reachable, skipped");
        continue;
      }
      results.push(
        await runDatabase({
          kind,
          options,
          workDir: join(workRoot, kind),
          buildDir: join(buildRoot, kind),
          source,
          log: deps.log,
        }),
      );
    }
  } finally {
    clearInterval(loadTimer);
    if (!options.keep) {
      rmSync(workRoot, { recursive: true, force: true });
      rmSync(buildRoot, { recursive: true, force: true });
    }
  }
  if (results.length === 0) throw new BenchError("no database could be measured");
  const report = benchReportSchema.parse({
    version: 3,
    startedAt: started.toISOString(),
    finishedAt: deps.clock().toISOString(),
    command,
    options: {
      offices: options.offices,
      posts: options.posts,
      databases: results.map((r) => r.kind),
      rebuildSizes: sizesOf(options),
      publishes: options.publishes,
      a11yPages: options.a11yPages,
      batch: options.batch,
      jobs: options.jobs,
      seed: options.seed,
      now: options.now,
      ...(options.streamRates.length > 0
        ? {
            streamRates: options.streamRates,
            streamMinutes: options.streamMinutes,
            streamServers: options.streamServers,
          }
        : {}),
    },
    skipped,
    machine: machineInfo(loadAverageStart, loadSamples),
    databases: results,
    goals: evaluateGoals(results),
  } satisfies BenchReport);
  mkdirSync(outDir, { recursive: true });
  const jsonPath = join(outDir, `${fileStamp(started)}.json`);
  const markdownPath = join(outDir, `${fileStamp(started)}.md`);
  const markdown = reportMarkdown(report);
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(markdownPath, markdown);
  return { report, jsonPath, markdownPath, markdown };
}
