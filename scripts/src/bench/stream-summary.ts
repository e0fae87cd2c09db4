// Pure summaries of one rate of the publish stream: publish-to-live percentiles, builds and
// offices per build, the queue's course over the arrival window (does it grow?) and CPU use.
import { median, percentile, StatsError } from "./stats.ts";

/**
 * The queue grows when the mean of the last third of the samples exceeds the first third's by
 * more than `offices` and by more than `ratio` times: a queue that drifts by one office is noise.
 */
export const QUEUE_GROWTH = { offices: 1, ratio: 1.5 } as const;

export interface QueueSample {
  /** Seconds from the start of the arrival window. */
  atSeconds: number;
  /** Offices with a change that no running build covers yet. */
  waiting: number;
  /** Offices in the running build(s). */
  building: number;
}

const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

export function latencySummary(seconds: readonly number[]) {
  if (seconds.length === 0) throw new StatsError("no samples");
  return {
    count: seconds.length,
    min: Math.min(...seconds),
    median: median(seconds),
    p95: percentile(seconds, 95),
    p99: percentile(seconds, 99),
    max: Math.max(...seconds),
  };
}

/** First third against last third of the waiting offices sampled during the arrival window. */
export function queueTrend(samples: readonly QueueSample[]) {
  if (samples.length < 3) throw new StatsError(`${samples.length} queue samples, need at least 3`);
  const third = Math.floor(samples.length / 3);
  const waiting = samples.map((sample) => sample.waiting);
  const firstThirdMean = mean(waiting.slice(0, third));
  const lastThirdMean = mean(waiting.slice(-third));
  return {
    samples: samples.length,
    max: Math.max(...waiting),
    maxBuilding: Math.max(...samples.map((sample) => sample.building)),
    firstThirdMean,
    lastThirdMean,
    growing:
      lastThirdMean > firstThirdMean + QUEUE_GROWTH.offices &&
      lastThirdMean > firstThirdMean * QUEUE_GROWTH.ratio,
    /** The largest waiting count in each whole or started minute of the window. */
    perMinuteMax: perMinuteMax(samples),
  };
}

function perMinuteMax(samples: readonly QueueSample[]): number[] {
  const minutes: number[] = [];
  for (const sample of samples) {
    const minute = Math.floor(sample.atSeconds / 60);
    while (minutes.length <= minute) minutes.push(0);
    minutes[minute] = Math.max(minutes[minute]!, sample.waiting);
  }
  return minutes;
}

/** Builds started and their sizes (offices per build). */
export function buildSummary(officesPerBuild: readonly number[]) {
  return {
    started: officesPerBuild.length,
    officesPerBuildMean: officesPerBuild.length === 0 ? 0 : mean(officesPerBuild),
    officesPerBuildMax: officesPerBuild.length === 0 ? 0 : Math.max(...officesPerBuild),
  };
}

/** CPU time as a percentage of one core over the wall time (200 = two cores busy throughout). */
export const cpuPercent = (cpuSeconds: number, wallSeconds: number) =>
  wallSeconds > 0 ? (100 * cpuSeconds) / wallSeconds : 0;
