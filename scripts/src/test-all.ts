// The project's whole test suite (`pnpm test`, README command 2): runs each stage as a workspace
// script, streams its output, and ends with one summary line counting the tests of every stage.
// `pnpm test unit int` runs only the named stages.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { countTests, failureLines, type TestCount } from "./test-count.ts";

interface Stage {
  name: string;
  what: string;
  command: string[];
}

const stages: Stage[] = [
  {
    name: "check",
    what: "lint, format, package imports and type checks",
    command: ["pnpm", "run", "check"],
  },
  { name: "unit", what: "unit tests", command: ["pnpm", "run", "test:unit"] },
  {
    name: "int",
    what: "integration tests: real Strapi, real Astro builds, rebuild service",
    command: ["pnpm", "run", "test:int"],
  },
  {
    name: "a11y",
    what: "pa11y-ci (axe + htmlcs) over every page of the seed offices",
    command: ["pnpm", "--filter", "@mops/site", "run", "test:a11y"],
  },
  {
    name: "e2e",
    what: "end-to-end tests: headless Chromium (Lighthouse too), publish to live through the real pipeline",
    command: ["pnpm", "run", "test:e2e"],
  },
];

interface StageResult {
  stage: Stage;
  exitCode: number;
  seconds: number;
  count: TestCount;
  /** What the stage's output says failed (empty when it passed). */
  failures: string[];
}

function runStage(stage: Stage): Promise<StageResult> {
  const started = performance.now();
  console.log(`\n=== ${stage.name}: ${stage.what}\n`);
  return new Promise((resolve) => {
    const [command, ...args] = stage.command as [string, ...string[]];
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString("utf8");
      target.write(chunk);
    };
    child.stdout.on("data", collect(process.stdout));
    child.stderr.on("data", collect(process.stderr));
    child.on("close", (code, signal) => {
      resolve({
        stage,
        exitCode: code ?? (signal ? 128 : 1),
        seconds: (performance.now() - started) / 1000,
        count: countTests(output),
        failures: code === 0 ? [] : failureLines(output),
      });
    });
  });
}

const { positionals } = parseArgs({ allowPositionals: true, strict: true });
const unknown = positionals.filter((name) => !stages.some((stage) => stage.name === name));
if (unknown.length > 0) {
  console.error(
    `test: unknown stage ${unknown.join(", ")}; stages are ${stages.map((s) => s.name).join(", ")}.`,
  );
  process.exit(2);
}
const selected =
  positionals.length > 0 ? stages.filter((stage) => positionals.includes(stage.name)) : stages;

const results: StageResult[] = [];
for (const stage of selected) {
  const result = await runStage(stage);
  results.push(result);
  if (result.exitCode !== 0) break;
}

// What failed, named again at the end: a CI log is often read from its tail only.
for (const { stage, failures, exitCode } of results) {
  if (exitCode === 0) continue;
  console.log(`\n=== what failed in ${stage.name}\n`);
  console.log(failures.length > 0 ? failures.join("\n") : "(no failure heading in its output)");
}

console.log("\n=== summary\n");
for (const { stage, exitCode, seconds, count } of results) {
  const verdict = exitCode === 0 ? "ok  " : "FAIL";
  console.log(
    `${verdict} ${stage.name.padEnd(6)} ${seconds.toFixed(1).padStart(7)} s  ${count.passed} passed, ${count.failed} failed`,
  );
}
for (const stage of selected.slice(results.length)) {
  console.log(`skip ${stage.name.padEnd(6)} (not run: an earlier stage failed)`);
}
const failedStages = results.filter((result) => result.exitCode !== 0).length;
const passed = results.reduce((sum, result) => sum + result.count.passed, 0);
const failed = results.reduce((sum, result) => sum + result.count.failed, 0) + failedStages;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedStages > 0 ? 1 : 0);
