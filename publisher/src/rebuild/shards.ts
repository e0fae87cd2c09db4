// The CI's shard plan (.github/workflows/rebuild.yml): the offices to build split into at most
// `runners` matrix jobs. While the offices fit, each gets its own job (named after it, so a newer
// run for the same office cancels the superseded one); beyond that, contiguous runs of the sorted
// slugs of as equal a size as can be (2,500 offices on 20 runners: 20 shards of 125), each built
// by one job with the site driver's batches. GitHub runs at most 256 jobs of one matrix.

export const MAX_MATRIX_JOBS = 256;

/** Runners a plan uses when the workflow names none (REBUILD_RUNNERS). */
export const DEFAULT_RUNNERS = 20;

export class ShardPlanError extends Error {
  override name = "ShardPlanError";
}

export interface Shard {
  /** The job's name and concurrency key: `office-<slug>` alone, else `shard-03-of-20`. */
  name: string;
  offices: string[];
}

const isRunnerCount = (runners: number) =>
  Number.isInteger(runners) && runners >= 1 && runners <= MAX_MATRIX_JOBS;

/** The runner count in `text` (REBUILD_RUNNERS; empty: the default), checked. */
export function parseRunners(text: string | undefined): number {
  if (text === undefined || text.trim() === "") return DEFAULT_RUNNERS;
  const runners = Number(text.trim());
  if (!isRunnerCount(runners)) {
    throw new ShardPlanError(
      `REBUILD_RUNNERS "${text}" must be a whole number from 1 to ${MAX_MATRIX_JOBS}`,
    );
  }
  return runners;
}

export function planShards(slugs: readonly string[], runners: number): Shard[] {
  if (!isRunnerCount(runners)) {
    throw new ShardPlanError(`runners must be a whole number from 1 to ${MAX_MATRIX_JOBS}`);
  }
  const sorted = [...new Set(slugs)].sort();
  if (sorted.length <= runners) {
    return sorted.map((slug) => ({ name: `office-${slug}`, offices: [slug] }));
  }
  const width = String(runners).length;
  const base = Math.floor(sorted.length / runners);
  const larger = sorted.length % runners;
  const shards: Shard[] = [];
  let start = 0;
  for (let index = 0; index < runners; index += 1) {
    const size = base + (index < larger ? 1 : 0);
    const number = String(index + 1).padStart(width, "0");
    shards.push({
      name: `shard-${number}-of-${runners}`,
      offices: sorted.slice(start, start + size),
    });
    start += size;
  }
  return shards;
}
