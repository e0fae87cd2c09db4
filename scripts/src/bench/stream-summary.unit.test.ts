import { describe, expect, it } from "vitest";
import { StatsError } from "./stats.ts";
import {
  buildSummary,
  cpuPercent,
  latencySummary,
  type QueueSample,
  queueTrend,
} from "./stream-summary.ts";

const samples = (waiting: readonly number[]): QueueSample[] =>
  waiting.map((value, i) => ({ atSeconds: i * 20, waiting: value, building: value > 0 ? 1 : 0 }));

describe("latencySummary", () => {
  it("gives nearest-rank percentiles of 1 … 100 s", () => {
    const seconds = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(latencySummary(seconds)).toEqual({
      count: 100,
      min: 1,
      median: 50.5,
      p95: 95,
      p99: 99,
      max: 100,
    });
  });

  it("refuses an empty list", () => {
    expect(() => latencySummary([])).toThrow(StatsError);
  });
});

describe("queueTrend", () => {
  it.each([
    ["flat at zero", [0, 0, 0, 0, 0, 0], false],
    ["steady small queue", [2, 3, 2, 3, 2, 3], false],
    ["one office more at the end (noise)", [0, 0, 0, 0, 1, 1], false],
    ["growing from 1 to 5", [1, 1, 3, 3, 5, 5], true],
    ["large but doubling", [10, 10, 15, 15, 20, 20], true],
    ["large, +30 % only", [10, 10, 11, 11, 13, 13], false],
    ["shrinking", [8, 8, 4, 4, 0, 0], false],
  ])("%s", (_, waiting, growing) => {
    expect(queueTrend(samples(waiting)).growing).toBe(growing);
  });

  it("compares the means of the first and the last third, and keeps the maxima", () => {
    const trend = queueTrend(samples([1, 3, 0, 9, 4, 6, 2]));
    expect(trend.firstThirdMean).toBe(2);
    expect(trend.lastThirdMean).toBe(4);
    expect(trend.max).toBe(9);
    expect(trend.maxBuilding).toBe(1);
    expect(trend.samples).toBe(7);
  });

  it("keeps the largest waiting count of each minute", () => {
    // Samples every 20 s: minute 0 holds the first three, minute 1 the next three, …
    expect(queueTrend(samples([1, 3, 0, 9, 4, 6, 2])).perMinuteMax).toEqual([3, 9, 2]);
  });

  it("needs at least three samples", () => {
    expect(() => queueTrend(samples([1, 2]))).toThrow("2 queue samples, need at least 3");
  });
});

describe("buildSummary", () => {
  it("counts builds and their offices", () => {
    expect(buildSummary([1, 4, 1])).toEqual({
      started: 3,
      officesPerBuildMean: 2,
      officesPerBuildMax: 4,
    });
  });

  it("is zero without builds", () => {
    expect(buildSummary([])).toEqual({ started: 0, officesPerBuildMean: 0, officesPerBuildMax: 0 });
  });
});

describe("cpuPercent", () => {
  it("is 100 for one core busy throughout, 200 for two", () => {
    expect(cpuPercent(60, 60)).toBe(100);
    expect(cpuPercent(30, 15)).toBe(200);
    expect(cpuPercent(1, 0)).toBe(0);
  });
});
