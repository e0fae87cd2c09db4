import { describe, expect, it } from "vitest";
import { median, percentile, round, StatsError, summarize } from "./stats.ts";

describe("stats", () => {
  it.each<[number[], number]>([
    [[3], 3],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5, 5, 1, 9], 5],
  ])("median of %j is %d", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
  it.each<[number[], number, number]>([
    [twenty, 95, 19],
    [twenty, 100, 20],
    [twenty, 50, 10],
    [[7], 95, 7],
    [[1, 2], 95, 2],
  ])("nearest-rank percentile of %j at %d is %d", (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it("summarizes without changing the input order", () => {
    const values = [3, 1, 2];
    expect(summarize(values)).toEqual({ count: 3, min: 1, median: 2, p95: 3, max: 3 });
    expect(values).toEqual([3, 1, 2]);
  });

  it.each<[string, () => unknown]>([
    ["no samples", () => median([])],
    ["percentile 0", () => percentile([1], 0)],
    ["percentile 101", () => percentile([1], 101)],
  ])("refuses %s", (_, call) => {
    expect(call).toThrow(StatsError);
  });

  it("rounds", () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(2.5, 0)).toBe(3);
  });
});
