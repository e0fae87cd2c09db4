// "Offices were published": a build run that calls back with the offices of each batch whose
// build succeeded (went live), for what depends on the live sites, e.g. the regional portal.
import type { BatchOutcome } from "./scheduler.ts";

export type BatchRun = (offices: readonly string[], signal: AbortSignal) => Promise<BatchOutcome>;

export function reportingPublished(
  run: BatchRun,
  onPublished: ((offices: readonly string[]) => void) | undefined,
): BatchRun {
  if (!onPublished) return run;
  return async (offices, signal) => {
    const outcome = await run(offices, signal);
    const published = [...outcome].filter(([, ok]) => ok).map(([slug]) => slug);
    if (published.length > 0) onPublished(published);
    return outcome;
  };
}
