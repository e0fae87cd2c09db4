import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireBuildLock, BuildLockError } from "./build-lock.ts";

const lockFile = () => join(mkdtempSync(join(tmpdir(), "mops-lock-")), "build.lock");

describe("acquireBuildLock", () => {
  it("takes a free lock, refuses a held one and frees it on release", async () => {
    const path = lockFile();
    const release = await acquireBuildLock(path);
    expect(readFileSync(path, "utf8")).toBe(String(process.pid));
    await expect(acquireBuildLock(path)).rejects.toThrow(BuildLockError);
    await release();
    const again = await acquireBuildLock(path);
    await again();
  });

  it("takes over the lock of a process that is gone", async () => {
    const path = lockFile();
    writeFileSync(path, "999999999");
    const release = await acquireBuildLock(path);
    expect(readFileSync(path, "utf8")).toBe(String(process.pid));
    await release();
  });
});
