import { describe, expect, it } from "vitest";
import { reportingPublished } from "./published-hook.ts";

const signal = new AbortController().signal;

describe("reportingPublished", () => {
  it.each([
    [{ kutno: true, krasnik: false }, [["kutno"]]],
    [{ kutno: true, krasnik: true }, [["kutno", "krasnik"]]],
    [{ kutno: false, krasnik: false }, []],
  ])("after a batch with outcome %j calls back with %j", async (result, calls) => {
    const seen: string[][] = [];
    const run = reportingPublished(
      async (offices) => new Map(offices.map((slug) => [slug, result[slug as "kutno"]])),
      (offices) => seen.push([...offices]),
    );
    const outcome = await run(["kutno", "krasnik"], signal);
    expect(Object.fromEntries(outcome)).toEqual(result);
    expect(seen).toEqual(calls);
  });

  it("is the run itself without a callback", () => {
    const run = async () => new Map<string, boolean>();
    expect(reportingPublished(run, undefined)).toBe(run);
  });
});
