import { afterEach, describe, expect, it } from "vitest";
import { forEachAtOnce } from "./in-parallel.ts";
import {
  clearPageReuse,
  mustRender,
  pageDigests,
  pageReuseActive,
  reusedPaths,
  startPageReuse,
} from "./page-reuse.ts";

afterEach(() => clearPageReuse());

describe("page reuse registry", () => {
  it("renders every page and records nothing when the build reuses nothing", () => {
    expect(pageReuseActive()).toBe(false);
    expect(mustRender("krasnik", "/aktualnosci/a/", "d1")).toBe(true);
    expect(pageDigests("krasnik").size).toBe(0);
  });

  it.each([
    ["the stored digest", "krasnik", "/aktualnosci/a/", "d1", false],
    ["another digest", "krasnik", "/aktualnosci/a/", "d2", true],
    ["a page the store lacks", "krasnik", "/aktualnosci/b/", "d1", true],
    ["another office's page", "kutno", "/aktualnosci/a/", "d1", true],
  ])("with %s, renders: %s", (_name, office, path, digest, render) => {
    startPageReuse(new Map([["krasnik", new Map([["/aktualnosci/a/", "d1"]])]]));
    expect(mustRender(office, path, digest)).toBe(render);
    expect([...reusedPaths(office)]).toEqual(render ? [] : [path]);
    expect([...pageDigests(office)]).toEqual([[path, digest]]);
  });

  it("forgets the last build's pages when the next starts", () => {
    startPageReuse(new Map([["krasnik", new Map([["/aktualnosci/a/", "d1"]])]]));
    mustRender("krasnik", "/aktualnosci/a/", "d1");
    startPageReuse(new Map());
    expect(reusedPaths("krasnik").size).toBe(0);
    expect(mustRender("krasnik", "/aktualnosci/a/", "d1")).toBe(true);
  });
});

describe("forEachAtOnce", () => {
  it("runs every item, at most `limit` at once", async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    const gates: Array<() => void> = [];
    const run = forEachAtOnce([1, 2, 3, 4, 5], 2, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((open) => gates.push(open));
      running -= 1;
      done.push(item);
    });
    while (done.length < 5) {
      await Promise.resolve();
      gates.shift()?.();
      await new Promise((tick) => setImmediate(tick));
    }
    await run;
    expect(most).toBe(2);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("rejects with the first failure", async () => {
    await expect(
      forEachAtOnce([1, 2], 2, async (item) => {
        if (item === 2) throw new Error("dwa");
      }),
    ).rejects.toThrow("dwa");
  });
});
