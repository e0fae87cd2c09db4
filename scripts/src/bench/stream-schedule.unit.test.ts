import { describe, expect, it } from "vitest";
import { streamFor } from "./prng.ts";
import { exponential, poissonArrivals, StreamScheduleError } from "./stream-schedule.ts";

const schedule = (seed: number, ratePerMinute: number, minutes: number, offices = 500) =>
  poissonArrivals({
    ratePerMinute,
    durationMs: minutes * 60_000,
    offices,
    gaps: streamFor(seed, "gaps", ratePerMinute),
    picks: streamFor(seed, "picks", ratePerMinute),
  });

describe.each([
  [1, 6, 10],
  [1, 30, 10],
  [1, 60, 10],
  [7, 60, 10],
  [42, 60, 30],
])("poissonArrivals, seed %i, %i per minute for %i minutes", (seed, rate, minutes) => {
  const arrivals = schedule(seed, rate, minutes);
  const expected = rate * minutes;

  it("has about rate × duration arrivals (within 4 standard deviations of a Poisson count)", () => {
    // A Poisson count with mean λ has standard deviation √λ.
    expect(Math.abs(arrivals.length - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });

  it("lies inside the window, in time order", () => {
    expect(arrivals[0]!.atMs).toBeGreaterThanOrEqual(0);
    expect(arrivals.at(-1)!.atMs).toBeLessThan(minutes * 60_000);
    for (let i = 1; i < arrivals.length; i++) {
      expect(arrivals[i]!.atMs).toBeGreaterThanOrEqual(arrivals[i - 1]!.atMs);
    }
  });

  it("has gaps shaped like an exponential distribution", () => {
    const gaps = arrivals.slice(1).map((a, i) => a.atMs - arrivals[i]!.atMs);
    const meanGap = 60_000 / rate;
    // P(gap > t) = exp(−t / mean): about 36.8 % of gaps exceed the mean, 13.5 % twice the mean.
    const share = (t: number) => gaps.filter((gap) => gap > t).length / gaps.length;
    const tolerance = (p: number) => 4 * Math.sqrt((p * (1 - p)) / gaps.length);
    expect(Math.abs(share(meanGap) - Math.exp(-1))).toBeLessThan(tolerance(Math.exp(-1)));
    expect(Math.abs(share(2 * meanGap) - Math.exp(-2))).toBeLessThan(tolerance(Math.exp(-2)));
    const observedMean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
    // The mean of n exponential gaps has standard deviation mean / √n.
    expect(Math.abs(observedMean - meanGap)).toBeLessThan((4 * meanGap) / Math.sqrt(gaps.length));
  });

  it("picks offices across the whole range", () => {
    for (const arrival of arrivals) {
      expect(Number.isInteger(arrival.office)).toBe(true);
      expect(arrival.office).toBeGreaterThanOrEqual(0);
      expect(arrival.office).toBeLessThan(500);
    }
    const lowerHalf = arrivals.filter((a) => a.office < 250).length / arrivals.length;
    expect(Math.abs(lowerHalf - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / arrivals.length));
  });
});

describe("poissonArrivals", () => {
  it("is the same for the same seed, and the instants do not depend on the office count", () => {
    expect(schedule(3, 30, 2)).toEqual(schedule(3, 30, 2));
    const few = schedule(3, 30, 2, 3);
    const many = schedule(3, 30, 2, 500);
    expect(few.map((a) => a.atMs)).toEqual(many.map((a) => a.atMs));
    expect(new Set(few.map((a) => a.office))).toEqual(new Set([0, 1, 2]));
  });

  it.each([
    [{ ratePerMinute: 0 }, "rate 0/min is not positive"],
    [{ durationMs: -1 }, "duration -1 ms is not positive"],
    [{ offices: 0 }, "need at least one office, not 0"],
  ])("rejects %o", (override, message) => {
    const call = () =>
      poissonArrivals({
        ratePerMinute: 6,
        durationMs: 60_000,
        offices: 3,
        gaps: streamFor(1, "gaps"),
        picks: streamFor(1, "picks"),
        ...override,
      });
    expect(call).toThrow(StreamScheduleError);
    expect(call).toThrow(message);
  });
});

describe("exponential", () => {
  it("maps a uniform draw u to −mean · ln(1 − u)", () => {
    const fixed = (u: number) => ({ ...streamFor(1), next: () => u });
    expect(exponential(fixed(0), 10)).toBeCloseTo(0, 12);
    expect(exponential(fixed(1 - Math.exp(-1)), 10)).toBeCloseTo(10, 9);
    expect(exponential(fixed(0.5), 10)).toBeCloseTo(10 * Math.LN2, 9);
  });
});
