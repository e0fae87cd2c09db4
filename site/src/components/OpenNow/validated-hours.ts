// Stand-in for @mops/shared's schedule checks inside the browser bundle only. Every schedule the
// island evaluates was validated by the shared schemas when the build loaded it, so the island
// leaves out the checks and their bilingual messages (about 2.5 KB gzip) to stay within budget.
export function assertValidHours(): void {}
