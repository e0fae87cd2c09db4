// The process lock with real sockets and a real second process: one holder at a time, however
// many try at once; a holder that dies (even by SIGKILL) frees the lock with it.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LockHeldError, lockHolder, lockOrFail, lockWhenFree, tryLock } from "./process-lock.ts";

const lockPath = () => join(mkdtempSync(join(tmpdir(), "mops-lock-")), "build.lock");
const moduleUrl = new URL("./process-lock.ts", import.meta.url).href;
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await once(child, "exit");
    }
  }
});

/** A second process that takes the lock, says so, and holds it until killed. */
async function holdInChild(path: string): Promise<ChildProcess> {
  const script = `
    import { tryLock } from ${JSON.stringify(moduleUrl)};
    const lock = await tryLock(${JSON.stringify(path)});
    console.log(lock ? "locked" : "refused");
    setInterval(() => {}, 60_000);
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const [line] = (await once(child.stdout!, "data")) as [Buffer];
  expect(line.toString().trim()).toBe("locked");
  return child;
}

describe("process lock", () => {
  it("takes a free lock, refuses a held one and frees it on release", async () => {
    const path = lockPath();
    const lock = await tryLock(path);
    expect(lock).toBeDefined();
    expect(await tryLock(path)).toBeUndefined();
    expect(await lockHolder(path)).toBe(process.pid);
    await lock!.release();
    await lock!.release();
    expect(await lockHolder(path)).toBeUndefined();
    const again = await tryLock(path);
    expect(again).toBeDefined();
    await again!.release();
  });

  it("gives the lock to exactly one of many takers at once", async () => {
    const path = lockPath();
    const takers = await Promise.all(Array.from({ length: 20 }, () => tryLock(path)));
    expect(takers.filter(Boolean)).toHaveLength(1);
    await Promise.all(takers.map((lock) => lock?.release()));
  });

  it("names the holder of a lock held by another process", async () => {
    const path = lockPath();
    const child = await holdInChild(path);
    expect(await lockHolder(path)).toBe(child.pid);
    const refused = lockOrFail(path, "another build");
    await expect(refused).rejects.toThrow(LockHeldError);
    await expect(refused).rejects.toThrow(`another build is running (pid ${child.pid}): lock `);
  });

  it("is free as soon as its holder is killed: nothing stale is left to take over", async () => {
    const path = lockPath();
    const child = await holdInChild(path);
    child.kill("SIGKILL");
    await once(child, "exit");
    const lock = await tryLock(path);
    expect(lock).toBeDefined();
    await lock!.release();
  });

  it("waits for a held lock and takes it once it is released", async () => {
    const path = lockPath();
    const first = (await tryLock(path))!;
    const waiting = lockWhenFree(path, "the compile", { timeoutMs: 60_000, pollMs: 10 });
    let taken = false;
    void waiting.then(() => {
      taken = true;
    });
    expect(await lockHolder(path)).toBe(process.pid);
    expect(taken).toBe(false);
    await first.release();
    const second = await waiting;
    expect(taken).toBe(true);
    await second.release();
  });

  it("stops waiting after the timeout, naming the holder", async () => {
    const path = lockPath();
    const lock = (await tryLock(path))!;
    await expect(lockWhenFree(path, "the compile", { timeoutMs: 0, pollMs: 1 })).rejects.toThrow(
      /^the compile held the lock .* for more than 0 ms \(pid \d+\)$/,
    );
    await lock.release();
  });
});
