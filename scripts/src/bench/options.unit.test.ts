import { describe, expect, it } from "vitest";
import { BenchOptionsError, parseBenchOptions, sizesOf } from "./options.ts";

describe("bench options", () => {
  it("has the issue's defaults", () => {
    expect(parseBenchOptions([])).toMatchObject({
      offices: 100,
      posts: 200,
      db: "both",
      rebuildSizes: [5, 100, 500],
      publishes: 20,
      batch: 25,
      jobs: 2,
      portalOffices: 500,
      out: "var/bench",
      keep: false,
      markdown: true,
      streamRates: [],
      streamMinutes: 10,
      streamServers: [1],
    });
  });

  it("reads every option", () => {
    expect(
      parseBenchOptions([
        "--offices=3",
        "--posts=5",
        "--db=sqlite",
        "--rebuild-sizes=2, 3",
        "--rebuild-repeats=1",
        "--publishes=2",
        "--a11y-pages=0",
        "--batch=10",
        "--jobs=1",
        "--portal-offices=4",
        "--only=portal",
        "--stream-rates=6, 30,60",
        "--stream-minutes=0.5",
        "--stream-servers=1,2",
        "--seed=9",
        "--now=2026-07-01T12:00:00+02:00",
        "--out=/tmp/x",
        "--keep",
        "--no-markdown",
      ]),
    ).toEqual({
      offices: 3,
      posts: 5,
      db: "sqlite",
      rebuildSizes: [2, 3],
      rebuildRepeats: 1,
      publishes: 2,
      a11yPages: 0,
      batch: 10,
      jobs: 1,
      portalOffices: 4,
      only: "portal",
      streamRates: [6, 30, 60],
      streamMinutes: 0.5,
      streamServers: [1, 2],
      seed: 9,
      now: "2026-07-01T12:00:00+02:00",
      out: "/tmp/x",
      keep: true,
      markdown: false,
    });
  });

  it("answers help", () => {
    expect(parseBenchOptions(["--help"])).toBe("help");
  });

  it.each<[string[], string]>([
    [["--offices=0"], "--offices must be at least 1"],
    [["--offices=2501"], "--offices must be at most 2500"],
    [["--posts=x"], "--posts must be a whole number"],
    [["--db=mysql"], "--db must be sqlite, postgres or both"],
    [["--rebuild-sizes=5,x"], "--rebuild-sizes must list whole numbers"],
    [["--now=yesterday"], "--now must be an ISO datetime with offset"],
    [
      ["--offices=0", "--db=mysql"],
      "--offices must be at least 1; --db must be sqlite, postgres or both",
    ],
    [["--frobnicate"], "Unknown option '--frobnicate'"],
    [["--batch=0"], "--batch must be at least 1"],
    [["--batch=501"], "--batch must be at most 500"],
    [["--jobs=2.5"], "--jobs must be a whole number"],
    [["--jobs=17"], "--jobs must be at most 16"],
    [["--index-probe=5"], "Unknown option '--index-probe'"],
    [["--only=cms"], "--only takes portal"],
    [["--portal-offices=0"], "--portal-offices must be at least 1"],
    [["--stream-rates=6,x"], "--stream-rates must list numbers"],
    [["--stream-rates=0"], "--stream-rates must be above 0"],
    [["--stream-minutes=0"], "--stream-minutes must be above 0"],
    [["--stream-servers=1,x"], "--stream-servers must list whole numbers"],
    [["--stream-servers=0"], "--stream-servers must be at least 1"],
    [["--stream-servers=5"], "--stream-servers must be at most 4"],
  ])("refuses %j: %s", (argv, message) => {
    expect(() => parseBenchOptions(argv)).toThrow(BenchOptionsError);
    expect(() => parseBenchOptions(argv)).toThrow(message);
  });

  it.each<[number, number[], number[]]>([
    [100, [5, 100, 500], [5, 100, 500]],
    [300, [5, 100, 500], [5, 100, 300, 500]],
    [3, [2], [2, 3]],
    [3, [3, 1, 3], [1, 3]],
  ])("N = %d with rebuild sizes %j goes through %j", (offices, rebuildSizes, sizes) => {
    expect(sizesOf({ offices, rebuildSizes })).toEqual(sizes);
  });
});
