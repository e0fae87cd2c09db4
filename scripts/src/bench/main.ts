// `pnpm bench`: benchmarks at scale (docs/benchmarks.md). Writes var/bench/<timestamp>.json and
// .md and prints the Markdown tables. Not part of `pnpm test` (timings on shared machines are
// noisy); bench-smoke.int.test.ts runs the same code at N = 3, M = 5.
import { BenchOptionsError, parseBenchOptions, USAGE } from "./options.ts";
import { runPortalBench } from "./portal-step.ts";
import { runBench } from "./run-bench.ts";

try {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options === "help") {
    console.log(USAGE);
    process.exit(0);
  }
  const started = performance.now();
  const stamp = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s`;
  const log = (line: string) => console.error(`bench ${stamp()}: ${line}`);
  if (options.only === "portal") {
    const { markdown, jsonPath } = await runPortalBench(options, { log, clock: () => new Date() });
    if (options.markdown) console.log(markdown);
    console.error(`bench: results in ${jsonPath}`);
    process.exit(0);
  }
  const { jsonPath, markdownPath, markdown, report } = await runBench(
    options,
    ["pnpm bench", ...process.argv.slice(2)].join(" "),
    { log, clock: () => new Date() },
  );
  if (options.markdown) console.log(markdown);
  console.error(`bench: results in ${jsonPath} and ${markdownPath}`);
  const failed = report.goals.filter((goal) => !goal.pass);
  console.error(
    `bench: ${report.goals.length - failed.length} goals passed, ${failed.length} missed`,
  );
} catch (error) {
  if (error instanceof BenchOptionsError) {
    console.error(`${error.name}: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(
    `bench: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
  );
  process.exit(1);
}
