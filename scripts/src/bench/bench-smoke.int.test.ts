// The bench end to end at N = 3 offices, M = 5 posts (SQLite): real Strapi, real imports, real
// site builds, the real rebuild service and static server, real pa11y-ci. Asserts the report's
// structure and that its figures are present and consistent, never how fast anything was.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureSource } from "./fixture-writer.ts";
import { NIGHTS } from "./nightly-decision.ts";
import { parseBenchOptions } from "./options.ts";
import { type BenchReport, benchReportSchema, pageTypeNames } from "./report-schema.ts";
import { runBench } from "./run-bench.ts";
import { repoRoot } from "./site-driver.ts";
import { townSlug } from "./town-names.ts";

const outDir = mkdtempSync(join(tmpdir(), "bench-smoke-"));
const argv = [
  "--offices=3",
  "--posts=5",
  "--db=sqlite",
  "--rebuild-sizes=2",
  "--rebuild-repeats=1",
  "--publishes=2",
  "--a11y-pages=3",
  "--batch=2",
  "--jobs=2",
  "--stream-rates=30",
  "--stream-minutes=0.5",
  `--out=${outDir}`,
];

let run: Awaited<ReturnType<typeof runBench>>;
let report: BenchReport;
const progress: string[] = [];

// The whole bench at N = 3, the preview of every content type and half a minute of the publish
// stream included: a few minutes on an idle machine, over ten on one shared by several test runs.
beforeAll(async () => {
  const options = parseBenchOptions(argv);
  if (options === "help") throw new Error("unexpected help");
  run = await runBench(options, `pnpm bench ${argv.join(" ")}`, {
    log: (line) => progress.push(line),
    clock: () => new Date(),
  });
  report = run.report;
}, 900_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("pnpm bench at N = 3, M = 5", () => {
  it("writes a JSON report that matches the schema, and the same report as Markdown", () => {
    expect(run.jsonPath).toMatch(/\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
    const written = benchReportSchema.parse(JSON.parse(readFileSync(run.jsonPath, "utf8")));
    expect(written).toEqual(report);
    const markdown = readFileSync(run.markdownPath, "utf8");
    expect(markdown).toBe(run.markdown);
    for (const goal of report.goals) expect(markdown).toContain(`| ${goal.goal} | sqlite |`);
  });

  it("removes its work folders (database, fixtures, builds) when done", () => {
    const stamp = basename(run.jsonPath, ".json");
    expect(existsSync(join(outDir, "work", stamp))).toBe(false);
    expect(existsSync(join(repoRoot, "site", ".tmp", "bench", stamp))).toBe(false);
    expect(readdirSync(outDir).sort()).toEqual([`${stamp}.json`, `${stamp}.md`, "work"]);
  });

  it("imports exactly the generated entries, in two steps", () => {
    const source = createFixtureSource({ seed: 1, posts: 5, now: new Date(report.options.now) });
    const expected = [0, 1, 2].reduce((sum, i) => {
      const { fixture } = source.office(i);
      return (
        sum +
        1 +
        fixture.departments.length +
        fixture.programmes.length +
        fixture.schedules.length +
        fixture.newsPosts.length
      );
    }, 0);
    const [db] = report.databases;
    expect(db?.import.entries).toBe(expected);
    expect(db?.import.steps.map((s) => [s.fromOffices, s.toOffices])).toEqual([
      [0, 2],
      [2, 3],
    ]);
    expect(db?.import.steps.reduce((sum, s) => sum + s.created, 0)).toBe(expected);
    for (const step of db?.import.steps ?? []) {
      expect(step.importSeconds).toBeGreaterThan(0);
      expect(step.wallSeconds).toBeGreaterThan(step.importSeconds);
      expect(step.memory.treeRssBytes).toBeGreaterThan(50 * 1024 ** 2);
    }
  });

  it("builds every page of every office in batches, one Astro build at a time and two at once", () => {
    const builds = report.databases[0]?.fullBuilds ?? [];
    expect(builds.map((b) => b.jobs)).toEqual([1, 2]);
    const [one, two] = builds;
    expect(one?.offices).toBe(3);
    // Per office at least the M posts, home, news list, contact, accessibility statement, 404.
    expect(one?.pages).toBeGreaterThanOrEqual(3 * (5 + 5));
    expect(two?.pages).toBe(one?.pages);
    // The driver splits 3 offices into batches of at most 2: two `astro build`s.
    expect(one?.memory.processes).toBeGreaterThanOrEqual(2);
    // Two `astro build`s at once under the one driver.
    expect(two?.memory.processes).toBeGreaterThanOrEqual(3);
    // One at a time: the batches follow each other within the wall time.
    expect(one!.batchSeconds.min + one!.batchSeconds.max).toBeLessThanOrEqual(one!.seconds);
    // One at a time, where the time goes: every phase of both batches, from their logs.
    const profile = one?.profile;
    expect(profile?.builds).toBe(2);
    for (const phase of [
      "bundle",
      "render",
      "cmsRead",
      "split",
      "pagefind",
      "precompress",
    ] as const)
      expect(profile?.[`${phase}Seconds`], phase).toBeGreaterThan(0);
    expect(profile!.astroSeconds).toBeLessThanOrEqual(one!.seconds);
    expect(two?.profile).toBeUndefined();
    for (const build of builds) {
      expect(build.batch).toBe(2);
      expect(build.batches).toBe(2);
      expect(build.pagesPerSecond).toBeCloseTo(build.pages / build.seconds, 6);
      expect(build.batchSeconds.count).toBe(2);
      expect(build.batchSeconds.min).toBeGreaterThan(0);
      expect(build.batchSeconds.max).toBeLessThanOrEqual(build.seconds);
      expect(build.memory.treeRssBytes).toBeGreaterThan(100 * 1024 ** 2);
      expect(build.cmsMemory.treeRssBytes).toBeGreaterThan(50 * 1024 ** 2);
    }
  });

  it("times one rebuild of office 0 at each size, with the CMS listing every office", () => {
    const rebuild = report.databases[0]?.rebuild;
    expect(rebuild?.office).toBe(townSlug(0));
    expect(rebuild?.sizes.map((s) => s.offices)).toEqual([2, 3]);
    for (const size of rebuild?.sizes ?? []) {
      expect(size.seconds).toHaveLength(1);
      expect(size.medianSeconds).toBe(size.seconds[0]);
      expect(size.warmSeconds).toHaveLength(1);
      expect(size.warmMedianSeconds).toBe(size.warmSeconds[0]);
      expect(size.warmMedianSeconds).toBeGreaterThan(0);
      expect(size.pages).toBeGreaterThanOrEqual(5 + 5);
      expect(size.listOfficesSeconds).toBeGreaterThan(0);
      const profile = size.profile;
      expect(profile).toBeDefined();
      if (!profile) continue;
      // Astro's phases of one office add up to no more than the timed driver run.
      const phases =
        profile.driverSeconds +
        profile.startupSeconds +
        profile.setupSeconds +
        profile.bundleSeconds +
        profile.renderSeconds +
        profile.postSeconds;
      expect(phases).toBeLessThanOrEqual(size.medianSeconds + 0.05);
      expect(profile.renderSeconds).toBeGreaterThan(0);
    }
    expect(rebuild?.growth).toBeCloseTo(
      rebuild!.sizes[1]!.medianSeconds / rebuild!.sizes[0]!.medianSeconds,
      6,
    );
    expect(rebuild?.warmGrowth).toBeCloseTo(
      rebuild!.sizes[1]!.warmMedianSeconds / rebuild!.sizes[0]!.warmMedianSeconds,
      6,
    );
  });

  it("measures each publish to live through the rebuild service, with both builders", () => {
    for (const publish of [report.databases[0]?.publish, report.databases[0]?.publishCommand]) {
      expect(publish?.seconds).toHaveLength(2);
      expect(publish?.summary.count).toBe(2);
      for (const seconds of publish?.seconds ?? []) expect(seconds).toBeGreaterThan(0);
    }
  });

  it("measures the preview of every content type's draft", () => {
    const preview = report.databases[0]?.preview;
    expect(preview?.office).toBe(townSlug(0));
    expect(preview?.types.map((t) => t.type)).toEqual([
      "office",
      "department",
      "schedule",
      "programme",
      "news-post",
    ]);
    for (const type of preview?.types ?? []) {
      expect(type.seconds).toHaveLength(2);
      expect(type.summary.count).toBe(2);
      for (const seconds of type.seconds) expect(seconds).toBeGreaterThan(0);
    }
  });

  it("measures the publish stream: every arrival published, live and counted", () => {
    const stream = report.databases[0]?.stream;
    expect(report.options).toMatchObject({ streamRates: [30], streamMinutes: 0.5 });
    expect(stream?.offices).toBe(3);
    expect(stream?.rates.map((rate) => rate.ratePerMinute)).toEqual([30]);
    for (const rate of stream?.rates ?? []) {
      expect(rate.timedOut).toBe(0);
      expect(rate.live).toBe(rate.arrivals);
      expect(rate.summary.count).toBe(rate.arrivals);
      expect(rate.builds.started).toBeGreaterThanOrEqual(1);
      expect(rate.queue.samples).toBe(rate.queueSamples.length);
    }
    expect(run.markdown).toContain("### Publish stream (Poisson arrivals of random offices;");
  });

  it("decides the nightly run for every office, night after night", () => {
    const nightly = report.databases[0]?.nightly;
    expect(nightly?.offices).toBe(3);
    expect(nightly?.nights).toHaveLength(NIGHTS);
    for (const night of nightly?.nights ?? []) {
      expect(night.rebuilt).toBeLessThanOrEqual(3);
      expect(night.seconds).toBeGreaterThan(0);
      const counted = night.reasons.reduce((sum, reason) => Math.max(sum, reason.offices), 0);
      expect(counted).toBeLessThanOrEqual(night.rebuilt);
      expect(progress.join("\n")).toContain(`night ${night.date}: ${night.rebuilt} of 3 offices`);
    }
  });

  it("weighs every page type of the issue", () => {
    const types = report.databases[0]?.pageTypes ?? [];
    expect(types.map((t) => t.type)).toEqual(pageTypeNames);
    for (const type of types) {
      expect(type.pages).toBeGreaterThan(0);
      expect(type.htmlCssGzip.min).toBeGreaterThan(500);
      expect(type.requests.min).toBeGreaterThanOrEqual(1);
      expect(type.transferBytes.min).toBeGreaterThanOrEqual(type.htmlCssGzip.min);
    }
    const newsPosts = types.find((t) => t.type === "news post");
    expect(newsPosts?.pages).toBe(3 * 5);
    expect(report.databases[0]?.weighedOffices).toEqual([0, 1, 2].map(townSlug));
  });

  it("runs pa11y-ci over the sampled pages", () => {
    const a11y = report.databases[0]?.a11y;
    expect(a11y?.status).toBe("ok");
    if (a11y?.status !== "ok") return;
    expect(a11y.pages).toBe(3);
    expect(a11y.pagesWithErrors).toBe(a11y.failedUrls.length);
    expect(a11y.codes.reduce((sum, c) => sum + c.count, 0)).toBe(a11y.errors);
  });

  it("states a verdict for every goal of the issue", () => {
    const ids = report.goals.map((goal) => goal.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "full-build-rate",
        "rebuild-time",
        "rebuild-flat",
        "publish-median",
        "peak-rss",
        "page-budget-home",
        "page-budget-department",
        "page-budget-programme",
        "page-budget-news-list",
        "page-budget-news-post",
        "page-budget-contact",
        "page-budget-accessibility-statement",
        "a11y-sample",
        "stream-p95",
        "stream-queue",
      ]),
    );
    for (const goal of report.goals) expect(typeof goal.pass).toBe("boolean");
  });

  it("describes the machine and reports its progress", () => {
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(report.machine.memoryBytes).toBeGreaterThan(0);
    expect(report.skipped).toEqual([]);
    expect(progress.some((line) => line.includes("full build of 3 offices"))).toBe(true);
  });
});
