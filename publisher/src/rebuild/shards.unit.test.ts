import { describe, expect, it } from "vitest";
import {
  DEFAULT_RUNNERS,
  MAX_MATRIX_JOBS,
  parseRunners,
  planShards,
  ShardPlanError,
} from "./shards.ts";

const slugs = (count: number) =>
  Array.from({ length: count }, (_, index) => `gops-${String(index).padStart(4, "0")}`);

describe.each([
  // offices, runners, shards, smallest and largest shard
  [1, 20, 1, 1, 1],
  [20, 20, 20, 1, 1],
  [21, 20, 20, 1, 2],
  [500, 20, 20, 25, 25],
  [2_500, 20, 20, 125, 125],
  [2_501, 20, 20, 125, 126],
  [2_500, 256, 256, 9, 10],
  [7, 1, 1, 7, 7],
])("%i offices on %i runners", (offices, runners, count, smallest, largest) => {
  const plan = planShards(slugs(offices).reverse(), runners);

  it(`makes ${count} shard(s) of ${smallest}–${largest} offices`, () => {
    expect(plan).toHaveLength(count);
    const sizes = plan.map((shard) => shard.offices.length);
    expect(Math.min(...sizes)).toBe(smallest);
    expect(Math.max(...sizes)).toBe(largest);
  });

  it("builds every office exactly once, in slug order", () => {
    expect(plan.flatMap((shard) => shard.offices)).toEqual(slugs(offices));
  });

  it("gives every shard its own name", () => {
    expect(new Set(plan.map((shard) => shard.name)).size).toBe(plan.length);
  });
});

describe("planShards", () => {
  it("names an office's own job after it, so its concurrency group is the office's", () => {
    expect(planShards(["krasnik", "kutno"], 20)).toEqual([
      { name: "office-krasnik", offices: ["krasnik"] },
      { name: "office-kutno", offices: ["kutno"] },
    ]);
  });

  it("numbers shards with the same width, so they sort in order", () => {
    const names = planShards(slugs(300), 20).map((shard) => shard.name);
    expect(names[0]).toBe("shard-01-of-20");
    expect(names[19]).toBe("shard-20-of-20");
    expect([...names].sort()).toEqual(names);
  });

  it("builds an office listed twice once", () => {
    expect(planShards(["kutno", "kutno"], 20)).toEqual([
      { name: "office-kutno", offices: ["kutno"] },
    ]);
  });

  it.each([0, -1, 1.5, MAX_MATRIX_JOBS + 1])("refuses %s runners", (runners) => {
    expect(() => planShards(["kutno"], runners)).toThrow(ShardPlanError);
  });
});

describe("parseRunners", () => {
  it.each([
    [undefined, DEFAULT_RUNNERS],
    ["", DEFAULT_RUNNERS],
    [" 40 ", 40],
    ["256", 256],
  ])("reads %j as %i", (text, runners) => {
    expect(parseRunners(text)).toBe(runners);
  });

  it.each(["0", "257", "ten", "2.5"])("refuses %j, naming the variable", (text) => {
    expect(() => parseRunners(text)).toThrow(/REBUILD_RUNNERS ".*" must be a whole number/);
  });
});
