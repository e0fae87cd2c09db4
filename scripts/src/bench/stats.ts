// Summary statistics of measured samples.

export class StatsError extends Error {
  override name = "StatsError";
}

const sorted = (values: readonly number[]) => {
  if (values.length === 0) throw new StatsError("no samples");
  return [...values].sort((a, b) => a - b);
};

/** The median (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least p % of the samples at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (p <= 0 || p > 100) throw new StatsError(`percentile ${p} is outside (0, 100]`);
  const s = sorted(values);
  return s[Math.ceil((p / 100) * s.length) - 1]!;
}

export interface Summary {
  count: number;
  min: number;
  median: number;
  p95: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  const s = sorted(values);
  return {
    count: s.length,
    min: s[0]!,
    median: median(s),
    p95: percentile(s, 95),
    max: s.at(-1)!,
  };
}

/** Rounds to `digits` decimals, for reports. */
export const round = (value: number, digits = 2) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
