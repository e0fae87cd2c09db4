import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { commandLine, processTree, sampleMemory } from "./memory-sampler.ts";

describe("memory sampler", () => {
  it("finds a child in the process tree and counts the memory of the whole tree", async () => {
    // The child holds ~64 MiB resident, more than a bare Node process.
    const child = spawn(
      process.execPath,
      ["-e", "const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => b.length, 60_000)"],
      { stdio: "ignore" },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(processTree(process.pid)).toContain(child.pid);
      expect(commandLine(child.pid!)).toContain("Buffer.alloc");
      const alone = sampleMemory(() => [child.pid], { intervalMs: 50 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const peak = alone.stop();
      expect(peak.processes).toBe(1);
      expect(peak.samples).toBeGreaterThan(1);
      expect(peak.treeRssBytes).toBeGreaterThan(64 * 1024 * 1024);
      expect(peak.processHwmBytes).toBeGreaterThanOrEqual(peak.treeRssBytes);

      const withParent = sampleMemory(() => [process.pid]).stop();
      expect(withParent.processes).toBeGreaterThanOrEqual(2);
      expect(withParent.treeRssBytes).toBeGreaterThan(peak.treeRssBytes);
    } finally {
      child.kill();
      await once(child, "exit");
    }
  });

  it("samples nothing while no root is known, and nothing after a root exited", async () => {
    expect(sampleMemory(() => [undefined]).stop()).toEqual({
      treeRssBytes: 0,
      processHwmBytes: 0,
      processes: 0,
      samples: 0,
    });
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await once(child, "exit");
    expect(sampleMemory(() => [child.pid]).stop().samples).toBe(0);
  });
});
