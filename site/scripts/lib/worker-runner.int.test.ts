// The kept child process of a driver's job (scripts/astro-worker.ts, real Astro): it answers
// build after build, restarts past its memory limit, and a child killed as its build is sent
// fails that build with the cause while the next build gets a fresh child; a child runs with the
// heap limit asked for, and one that runs out of it fails its build with V8's cause. A build
// refused for its variables (no office listed) is a quick real answer from the child, no CMS
// needed.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { type WorkerRunner, workerAstroRunner } from "./worker-runner.ts";

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const refused = { OFFICES: "[]", BUILD_NOW: "2026-11-23T10:00:00+01:00" };
const refusal = /BuildEnvError: OFFICES is invalid: lists no office/;
let runner: WorkerRunner | undefined;

afterEach(async () => {
  await runner?.close();
  runner = undefined;
});

describe("workerAstroRunner", () => {
  it.each([
    { recycleMib: 4096, started: 1 },
    { recycleMib: 1, started: 2 },
  ])(
    "answers two builds; at a limit of $recycleMib MiB from $started child(ren)",
    async ({ recycleMib, started }) => {
      runner = workerAstroRunner(siteDir, { recycleMib });
      for (let n = 0; n < 2; n++) {
        const { code, log } = await runner.run(refused, true);
        expect(code).toBe(1);
        expect(log).toMatch(refusal);
      }
      expect(runner.started()).toBe(started);
    },
  );

  it("fails the build of a child that dies, and builds the next on a fresh one", async () => {
    const pids: number[] = [];
    runner = workerAstroRunner(siteDir, {
      onReady: (pid) => {
        pids.push(pid);
        if (pids.length === 1) process.kill(pid, "SIGKILL");
      },
    });
    const killed = await runner.run(refused, true);
    expect(killed.code).toBe(1);
    expect(killed.log).toMatch(/the astro worker exited \(SIGKILL\)/);
    const next = await runner.run(refused, true);
    expect(next.log).toMatch(refusal);
    expect(runner.started()).toBe(2);
    expect(new Set(pids).size).toBe(2);
  });

  it("runs the child with the heap limit asked for: out of it, the build fails with the cause", async () => {
    // Astro alone needs more than 16 MiB of heap: the child runs out while it loads.
    runner = workerAstroRunner(siteDir, { heapMib: 16 });
    const starved = await runner.run(refused, true);
    expect(starved.code).toBe(1);
    expect(starved.log).toMatch(/heap out of memory/);
    expect(starved.log).toMatch(/the astro worker exited/);
  });
});
