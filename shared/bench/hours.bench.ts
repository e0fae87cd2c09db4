/**
 * Benchmarks of the hours engine (not a test: prints figures, asserts nothing).
 *   node bench/hours.bench.ts
 * 1. Size of the browser bundle of `src/island.ts` (esbuild, minified, gzip).
 * 2. Time per `statusAt` call over the seed schedules at instants spread over a year.
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { polishHolidayMap } from "../src/holidays/polish.ts";
import { statusAt } from "../src/hours/engine.ts";
import { SEED } from "../test-support/seed-schedules.ts";

const ISLAND_BUDGET_GZIP = 3 * 1024;
const STATUS_BUDGET_NS = 5_000;

async function islandSize(): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    entryPoints: [new URL("../src/island.ts", import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    // Polish text as UTF-8, as the site serves it (the default would escape each letter as \uXXXX).
    charset: "utf8",
    write: false,
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function usedIslandSize(): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    stdin: {
      contents: `import { statusAt, statusPhrase } from "./src/island.ts";
        export function label(prepared, now, holidays) { return statusPhrase(statusAt(prepared, now, { holidays }), now); }`,
      resolveDir: new URL("..", import.meta.url).pathname,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    // Polish text as UTF-8, as the site serves it (the default would escape each letter as \uXXXX).
    charset: "utf8",
    write: false,
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

function timeStatusAt(): { perCallNs: number; calls: number } {
  const holidays = new Set(polishHolidayMap(2025, 2027).keys());
  const schedules = Object.values(SEED);
  const start = Date.parse("2025-01-01T00:00:00Z");
  // Instants every 37 minutes over a year: open, closed, weekends, holidays, nights.
  const instants = Array.from({ length: 14_000 }, (_, i) => start + i * 37 * 60_000);
  let sink = 0;
  const run = () => {
    for (const schedule of schedules) {
      for (const at of instants) sink += statusAt(schedule, at, { holidays }).state.length;
    }
  };
  run(); // warm-up: compile schedules, JIT
  const calls = schedules.length * instants.length;
  const rounds = 5;
  const began = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) run();
  const elapsed = Number(process.hrtime.bigint() - began);
  if (sink === 0) console.log("");
  return { perCallNs: elapsed / (calls * rounds), calls: calls * rounds };
}

const whole = await islandSize();
const used = await usedIslandSize();
const timing = timeStatusAt();
const verdict = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");
console.log(`island bundle (all exports): ${whole.minified} B minified, ${whole.gzip} B gzip`);
console.log(
  `island bundle (statusAt + statusPhrase): ${used.minified} B minified, ${used.gzip} B gzip — ${verdict(used.gzip <= ISLAND_BUDGET_GZIP)} (${ISLAND_BUDGET_GZIP} B)`,
);
console.log(
  `statusAt: ${timing.perCallNs.toFixed(0)} ns per call over ${timing.calls} calls — ${verdict(timing.perCallNs <= STATUS_BUDGET_NS)} (${STATUS_BUDGET_NS} ns)`,
);
