import { describe, expect, it } from "vitest";
import { statCpuTicks, treeCpuSeconds } from "./cpu-time.ts";

describe("statCpuTicks", () => {
  it("adds utime, stime, cutime and cstime, even when the command holds spaces and parens", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    const stat = "4242 (node (a) b) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 7 3 20 0 11 0";
    expect(statCpuTicks(stat)).toBe(250 + 50 + 7 + 3);
  });
});

describe("treeCpuSeconds", () => {
  it("grows by about the CPU this process burns", () => {
    const before = treeCpuSeconds(process.pid);
    const cpuBefore = process.cpuUsage();
    const until = performance.now() + 300;
    let spin = 0;
    while (performance.now() < until) spin++;
    const used = process.cpuUsage(cpuBefore);
    const grown = treeCpuSeconds(process.pid) - before;
    expect(spin).toBeGreaterThan(0);
    // Independent oracle: Node's own account of this process, at /proc's 10 ms resolution.
    expect(grown).toBeGreaterThanOrEqual((used.user + used.system) / 1e6 - 0.05);
  });
});
