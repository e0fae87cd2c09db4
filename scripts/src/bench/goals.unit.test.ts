import { describe, expect, it } from "vitest";
import {
  type ExampleFigures,
  exampleDatabase,
  goodFigures,
  streamRate,
} from "../../test-support/report-example.ts";
import { evaluateGoals, TARGETS } from "./goals.ts";

const verdict = (figures: ExampleFigures, id: string) =>
  evaluateGoals([exampleDatabase(figures)]).find((goal) => goal.id === id)?.pass;

describe("goals", () => {
  it("passes every goal when every figure is within its target", () => {
    const goals = evaluateGoals([exampleDatabase(goodFigures)]);
    expect(goals.filter((goal) => !goal.pass)).toEqual([]);
    expect(goals.map((goal) => goal.id)).toEqual(
      expect.arrayContaining([
        "full-build-rate",
        "rebuild-time",
        "rebuild-flat",
        "publish-median",
        "admin-status",
        "preview-ready",
        "peak-rss",
        "page-budget-home",
        "page-budget-news-post",
        "page-budget-accessibility-statement",
        "a11y-sample",
        "stream-p95",
        "stream-queue",
      ]),
    );
  });

  it.each<[string, Partial<ExampleFigures>, string, boolean]>([
    ["exactly 600 pages/s", { pagesPerSecond: 600 }, "full-build-rate", true],
    ["599 pages/s", { pagesPerSecond: 599 }, "full-build-rate", false],
    ["a 1 s rebuild", { rebuildSeconds: [1, 1, 1] }, "rebuild-time", true],
    ["one 1.1 s rebuild", { rebuildSeconds: [0.8, 1.1, 0.8] }, "rebuild-time", false],
    [
      "a rebuild 25 % slower at the largest N",
      { rebuildSeconds: [4, 4.5, 5] },
      "rebuild-flat",
      true,
    ],
    [
      "a rebuild 50 % slower at the largest N",
      { rebuildSeconds: [2, 2.5, 3] },
      "rebuild-flat",
      false,
    ],
    ["a faster rebuild at the largest N", { rebuildSeconds: [4, 3, 2] }, "rebuild-flat", true],
    ["a 5 s publish median", { publishSeconds: [1, 5, 30] }, "publish-median", true],
    ["a 5.5 s publish median", { publishSeconds: [5.5, 5.5, 1] }, "publish-median", false],
    ["admin status within 1 s", { adminStatusSeconds: [0.1, 0.5, 1] }, "admin-status", true],
    [
      "admin status 1.1 s late once",
      { adminStatusSeconds: [0.1, 0.2, 1.1] },
      "admin-status",
      false,
    ],
    ["news previews within 2 s", { previewSeconds: [1, 1.5, 2] }, "preview-ready", true],
    ["one news preview of 2.1 s", { previewSeconds: [1, 1, 2.1] }, "preview-ready", false],
    ["2 GiB peak RSS", { peakRssBytes: TARGETS.peakRssBytes }, "peak-rss", true],
    ["2 GiB + 1 B peak RSS", { peakRssBytes: TARGETS.peakRssBytes + 1 }, "peak-rss", false],
    ["a 14 KiB page", { largestPageBytes: 14 * 1024 }, "page-budget-home", true],
    ["a 14 KiB + 1 B page", { largestPageBytes: 14 * 1024 + 1 }, "page-budget-home", false],
    ["3 KiB + 1 B of script", { scriptBytes: 3 * 1024 + 1 }, "page-budget-contact", false],
    ["one pa11y error", { a11yErrors: 1 }, "a11y-sample", false],
    ["a stream p95 of 10 s", { streamSeconds: [1, 2, 10] }, "stream-p95", true],
    ["a stream p95 of 10.1 s", { streamSeconds: [1, 2, 10.1] }, "stream-p95", false],
    ["a stream publish never live", { streamTimedOut: 1 }, "stream-p95", false],
    ["a queue growing 0 → 4", { streamWaiting: [0, 0, 2, 2, 4, 4] }, "stream-queue", false],
    ["a queue shrinking 4 → 0", { streamWaiting: [4, 4, 2, 2, 0, 0] }, "stream-queue", true],
  ])("%s: %s", (_, change, id, pass) => {
    expect(verdict({ ...goodFigures, ...change }, id)).toBe(pass);
  });

  it("names the database of each goal and has no page-budget goal for other pages", () => {
    const goals = evaluateGoals([
      exampleDatabase(goodFigures, "sqlite"),
      exampleDatabase(goodFigures, "postgres"),
    ]);
    expect(new Set(goals.map((goal) => goal.database))).toEqual(new Set(["sqlite", "postgres"]));
    expect(goals.some((goal) => goal.id === "page-budget-other")).toBe(false);
  });

  it("judges the full build with the most Astro builds at once and states the others", () => {
    const database = exampleDatabase(goodFigures);
    const [one] = database.fullBuilds;
    const two = {
      ...one!,
      jobs: 2,
      pagesPerSecond: 450,
      memory: { ...one!.memory, treeRssBytes: 2.5 * 1024 ** 3 },
    };
    const goals = evaluateGoals([{ ...database, fullBuilds: [one!, two] }]);
    const rate = goals.find((goal) => goal.id === "full-build-rate");
    const rss = goals.find((goal) => goal.id === "peak-rss");
    expect(rate).toMatchObject({
      pass: false,
      goal: "Full build ≥ 600 pages/s (2 Astro builds at once)",
    });
    expect(rate?.measured).toMatch(
      /^450\.0 pages\/s .*; one Astro build at a time: 600\.0 pages\/s$/,
    );
    expect(rss).toMatchObject({
      pass: false,
      measured: expect.stringMatching(/^2\.50 GiB .*; one Astro build at a time: 1\.00 GiB$/),
    });
    expect(goals.filter((goal) => goal.id.startsWith("full-build"))).toHaveLength(1);
  });

  it("judges the stream at its highest rate and names the issue's rate when that differs", () => {
    const database = exampleDatabase(goodFigures);
    const judged = evaluateGoals([database]).find((goal) => goal.id === "stream-p95");
    expect(judged?.goal).toBe(
      "Publish stream of 500 offices: publish to live ≤ 10 s p95 at 60 publishes/min, none lost",
    );
    expect(judged?.measured).toMatch(
      /^1 build server\(s\): p95 9\.00 s, p50 4\.00 s, p99 9\.00 s \(5 of 5 live/,
    );
    const slower = {
      ...database,
      stream: { ...database.stream!, rates: database.stream!.rates.slice(0, 1) },
    };
    const smoke = evaluateGoals([slower]).find((goal) => goal.id === "stream-p95");
    expect(smoke?.goal).toContain("at 6 publishes/min (goal stated for 60/min)");
    const without = { ...database, stream: undefined };
    expect(evaluateGoals([without]).some((goal) => goal.id.startsWith("stream-"))).toBe(false);
  });

  it("judges the stream with the count of build servers that did best at its highest rate", () => {
    const database = exampleDatabase(goodFigures);
    const rates = [
      ...database.stream!.rates,
      streamRate(60, [2, 3, 4, 5, 7], [1, 1, 0, 1, 1, 1], 0, 2),
      streamRate(6, [1, 1, 1], [0, 0, 0, 0, 0, 0], 0, 2),
    ];
    const goals = evaluateGoals([{ ...database, stream: { ...database.stream!, rates } }]);
    expect(goals.find((goal) => goal.id === "stream-p95")?.measured).toMatch(
      /^2 build server\(s\): p95 7\.00 s, p50 4\.00 s/,
    );
    expect(goals.find((goal) => goal.id === "stream-queue")?.measured).toContain(
      "60/min, 2 server(s): ",
    );
  });

  it("states the measured figures", () => {
    const goal = evaluateGoals([
      exampleDatabase({ ...goodFigures, rebuildSeconds: [3, 4.5, 3.5] }),
    ]);
    expect(goal.find((g) => g.id === "rebuild-time")?.measured).toBe(
      "slowest median 4.50 s at N = 100 (warm build server; 6.50 s with a driver process per build)",
    );
    expect(goal.find((g) => g.id === "rebuild-flat")?.measured).toBe(
      "×1.17 from N = 5 to N = 500 (warm build server; ×1.10 with a driver process per build)",
    );
  });
});
