// The publish stream's timetable, fixed before the run: arrivals of a Poisson process (independent
// exponential gaps with mean 1 / rate) over a window, each naming a random office. Gaps and office
// picks come from separate seeded streams, so the instants do not depend on the office count.
import type { Random } from "./prng.ts";

export class StreamScheduleError extends Error {
  override name = "StreamScheduleError";
}

export interface Arrival {
  /** Milliseconds from the start of the window. */
  atMs: number;
  /** Index of the office that publishes (0 … offices − 1). */
  office: number;
}

export interface ScheduleOptions {
  ratePerMinute: number;
  durationMs: number;
  offices: number;
  /** Draws the gaps between arrivals. */
  gaps: Random;
  /** Draws the office of each arrival. */
  picks: Random;
}

/** An exponential variate with the given mean, by inversion of a uniform draw in [0, 1). */
export const exponential = (random: Random, mean: number) => -mean * Math.log(1 - random.next());

/** Every arrival in [0, durationMs), in time order. */
export function poissonArrivals(options: ScheduleOptions): Arrival[] {
  const { ratePerMinute, durationMs, offices } = options;
  if (!(ratePerMinute > 0))
    throw new StreamScheduleError(`rate ${ratePerMinute}/min is not positive`);
  if (!(durationMs > 0)) throw new StreamScheduleError(`duration ${durationMs} ms is not positive`);
  if (!Number.isInteger(offices) || offices < 1) {
    throw new StreamScheduleError(`need at least one office, not ${offices}`);
  }
  const meanGapMs = 60_000 / ratePerMinute;
  const arrivals: Arrival[] = [];
  for (let at = exponential(options.gaps, meanGapMs); at < durationMs; ) {
    arrivals.push({ atMs: at, office: options.picks.int(0, offices - 1) });
    at += exponential(options.gaps, meanGapMs);
  }
  return arrivals;
}
