import { describe, expect, it } from "vitest";
import { perBuild, startBuildScope } from "./build-scope";

describe("perBuild", () => {
  it.each([
    ["one build", [["get"], ["get"], ["get"]], 1],
    ["two builds", [["get"], ["start"], ["get"], ["get"]], 2],
    ["a build that never asks", [["get"], ["start"], ["start"], ["get"]], 2],
    ["nothing asked", [["start"], ["start"]], 0],
  ])("%s: made once per build that asks", (_, steps, made) => {
    let count = 0;
    const value = perBuild(() => ({ n: ++count }));
    const seen: number[] = [];
    for (const [step] of steps) {
      if (step === "start") startBuildScope();
      else seen.push(value().n);
    }
    expect(count).toBe(made);
    // Within a build, every call gives the same value.
    expect(new Set(seen).size).toBe(made);
  });

  it("gives each build its own state, not the last build's", () => {
    const list = perBuild(() => [] as string[]);
    list().push("kutno");
    startBuildScope();
    expect(list()).toEqual([]);
  });
});
