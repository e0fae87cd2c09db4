// How long a build step took, as the integrations print it at the end of their log line
// ("indexed 559 pages of 25 office(s) in 0.842 s"). The bench reads these lines to tell where a
// full build's time goes (scripts/src/bench/astro-profile.ts).

/** `in 0.842 s` for `milliseconds` (to the millisecond: a step of a small build may be short). */
export const stepDuration = (milliseconds: number): string =>
  `in ${(milliseconds / 1000).toFixed(3)} s`;

/** Starts timing a step: the function gives its duration so far, as `stepDuration` writes it. */
export function startStep(): () => string {
  const started = performance.now();
  return () => stepDuration(performance.now() - started);
}
