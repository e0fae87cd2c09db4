import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { commandLine, processTree, sampleMemory } from "./memory-sampler.ts";

describe("memory sampler", () => {
  it("finds a child in the process tree and counts the memory of the whole tree", async () => {
    // The child holds ~64 MiB resident (filled, so every page is touched), more than a bare Node
    // process, and says so once it does.
    const child = spawn(
      process.execPath,
      [
        "-e",
        "const b = Buffer.alloc(64 * 1024 * 1024, 1); console.log('ready'); setTimeout(() => b.length, 60_000)",
      ],
      { stdio: ["ignore", "pipe", "ignore"] },
    );
    try {
      await once(child.stdout!, "data");
      expect(processTree(process.pid)).toContain(child.pid);
      expect(commandLine(child.pid!)).toContain("Buffer.alloc");
      // Samples taken by hand: the timer's own samples would depend on the machine's speed.
      const alone = sampleMemory(() => [child.pid], { intervalMs: 60_000 });
      alone.sample();
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
