import { describe, expect, it } from "vitest";
import { createRandom, RandomError, streamFor } from "./prng.ts";

const draw = (seed: string, n = 8) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe("seeded random", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    expect(draw("1/office/7")).toEqual(draw("1/office/7"));
    expect(draw("1/office/7")).not.toEqual(draw("1/office/8"));
  });

  it("gives each labelled stream its own sequence", () => {
    const a = streamFor(1, "office", 0);
    const b = streamFor(1, "office", 0);
    const c = streamFor(2, "office", 0);
    const first = [a.next(), a.next()];
    expect([b.next(), b.next()]).toEqual(first);
    expect([c.next(), c.next()]).not.toEqual(first);
  });

  it("draws floats in [0, 1) and integers within inclusive bounds, reaching both ends", () => {
    const random = createRandom("bounds");
    const ints = new Set<number>();
    for (let i = 0; i < 2_000; i++) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      ints.add(random.int(3, 6));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it("samples distinct items and shuffles without losing any", () => {
    const random = createRandom("sample");
    const items = ["a", "b", "c", "d", "e"];
    const sample = random.sample(items, 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(items, 9)).toHaveLength(5);
    expect(random.shuffle(items).sort()).toEqual(items);
  });

  it.each<[string, () => unknown]>([
    ["a pick from an empty list", () => createRandom("x").pick([])],
    ["reversed bounds", () => createRandom("x").int(5, 4)],
    ["fractional bounds", () => createRandom("x").int(0.5, 4)],
  ])("refuses %s", (_, call) => {
    expect(call).toThrow(RandomError);
  });
});
