// The publish stream end to end at a tiny scale: 3 offices (SQLite), 30 publishes per minute for
// one minute through the real CMS, rebuild service (a pool of two warm build servers) and static
// server. Asserts that every arrival was published, went live and was counted, never how fast.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBenchCms } from "./bench-cms.ts";
import { createFixtureSource } from "./fixture-writer.ts";
import { streamFor } from "./prng.ts";
import { measurePublishStream } from "./publish-stream.ts";
import { type StreamResult, streamSchema } from "./report-schema.ts";
import { repoRoot } from "./site-driver.ts";
import { poissonArrivals } from "./stream-schedule.ts";
import { townSlug } from "./town-names.ts";

const offices = [0, 1, 2].map(townSlug);
const seed = 1;
const now = "2026-11-23T12:00:00+01:00";
// Under site/ like the bench's builds: moving a built office into place is a rename.
mkdirSync(join(repoRoot, "site", ".tmp"), { recursive: true });
const workDir = mkdtempSync(join(repoRoot, "site", ".tmp", "bench-stream-"));
const progress: string[] = [];
let stream: StreamResult;

beforeAll(async () => {
  const cms = await createBenchCms({
    kind: "sqlite",
    workDir: join(workDir, "cms"),
    startTimeoutMs: 180_000,
  });
  try {
    const source = createFixtureSource({ seed, posts: 3, now: new Date(now) });
    await cms.seed(source.write(join(workDir, "fixtures"), 0, offices.length).dir);
    stream = await measurePublishStream({
      cms,
      offices,
      ratesPerMinute: [30],
      servers: [2],
      minutes: 1,
      seed,
      workDir: join(workDir, "stream"),
      cacheRoot: join(workDir, "cache"),
      now,
      log: (line) => progress.push(line),
    });
  } finally {
    await cms.drop();
  }
}, 900_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("publish stream of 3 offices at 30 per minute for one minute", () => {
  const arrivals = poissonArrivals({
    ratePerMinute: 30,
    durationMs: 60_000,
    offices: offices.length,
    gaps: streamFor(seed, "stream-gaps", 30),
    picks: streamFor(seed, "stream-offices", 30),
  });

  it("reports in the report's schema", () => {
    expect(streamSchema.parse(stream)).toEqual(stream);
    expect(stream.offices).toBe(3);
    expect(stream.rates.map((rate) => [rate.ratePerMinute, rate.servers])).toEqual([[30, 2]]);
  });

  it("publishes every scheduled arrival and sees each one live", () => {
    const [rate] = stream.rates;
    expect(rate?.arrivals).toBe(arrivals.length);
    expect(rate?.timedOut).toBe(0);
    expect(rate?.live).toBe(arrivals.length);
    expect(rate?.seconds).toHaveLength(arrivals.length);
    for (const seconds of rate?.seconds ?? []) expect(seconds).toBeGreaterThan(0);
    expect(rate?.summary.count).toBe(arrivals.length);
  });

  it("leaves the last stream title of each published office in its live release", () => {
    const published = [...new Set(arrivals.map((a) => offices[a.office]!))];
    for (const office of published) {
      const postsDir = join(
        workDir,
        "stream",
        "servers-2",
        "rebuild",
        "live",
        office,
        "aktualnosci",
      );
      const pages = readdirSync(postsDir, { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith("index.html"))
        .map((file) => readFileSync(join(postsDir, file), "utf8"));
      expect(pages.some((html) => /\(strumień \d+\)/.test(html))).toBe(true);
    }
  });

  it("counts the builds the stream caused and their offices", () => {
    const builds = stream.rates[0]!.builds;
    expect(builds.started).toBeGreaterThanOrEqual(1);
    expect(builds.started).toBeLessThanOrEqual(arrivals.length);
    expect(builds.officesPerBuildMax).toBeGreaterThanOrEqual(1);
    expect(builds.officesPerBuildMax).toBeLessThanOrEqual(3);
  });

  it("samples the queue through the window, CPU and memory of the process tree", () => {
    const rate = stream.rates[0]!;
    expect(rate.queue.samples).toBe(rate.queueSamples.length);
    expect(rate.queue.samples).toBeGreaterThanOrEqual(3);
    expect(rate.queueSamples.every((sample) => sample.atSeconds < 60)).toBe(true);
    expect(rate.queue.maxBuilding).toBeLessThanOrEqual(3);
    expect(rate.cpuSeconds).toBeGreaterThan(0);
    // The CMS alone is over 100 MiB.
    expect(rate.memory.treeRssBytes).toBeGreaterThan(100 * 1024 ** 2);
    expect(progress.some((line) => line.includes("publishes at 30/min"))).toBe(true);
  });
});
