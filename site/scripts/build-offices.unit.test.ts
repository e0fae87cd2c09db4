import { describe, expect, it } from "vitest";
import { failureCause, isStaleStaging, mayFailAlone, planBatches } from "./build-offices.ts";

describe("failureCause", () => {
  it.each([
    {
      log: "\u001b[31m[ERROR]\u001b[39m [strapi:office] StrapiFetchError: office: GET http://127.0.0.1:1337/api/offices failed after 4 attempts: connect ECONNREFUSED\n  at x",
      cause:
        "StrapiFetchError: office: GET http://127.0.0.1:1337/api/offices failed after 4 attempts: connect ECONNREFUSED",
    },
    {
      log: 'noise\n[ERROR] [strapi:department] StrapiValidationError: department abc: field "phones.0.number": Invalid input\nmore',
      cause: 'StrapiValidationError: department abc: field "phones.0.number": Invalid input',
    },
    {
      log: "building\nsomething else\nError: boom\n  at y\nend",
      cause: "Error: boom",
    },
  ])("$cause", ({ log, cause }) => {
    expect(failureCause(log)).toBe(cause);
  });
});

describe("planBatches", () => {
  const offices = (count: number) => Array.from({ length: count }, (_, i) => i);
  it.each([
    { count: 1, batch: 25, jobs: 1, sizes: [1] },
    { count: 5, batch: 25, jobs: 1, sizes: [5] },
    { count: 5, batch: 25, jobs: 2, sizes: [3, 2] },
    { count: 100, batch: 25, jobs: 2, sizes: [25, 25, 25, 25] },
    { count: 7, batch: 2, jobs: 1, sizes: [2, 2, 2, 1] },
    { count: 3, batch: 25, jobs: 8, sizes: [1, 1, 1] },
  ])("$count offices, batches of $batch, $jobs jobs: $sizes", ({ count, batch, jobs, sizes }) => {
    const batches = planBatches(offices(count), batch, jobs);
    expect(batches.map((b) => b.length)).toEqual(sizes);
    expect(batches.flat()).toEqual(offices(count));
  });
});

describe("mayFailAlone", () => {
  it.each([
    {
      cause: 'StrapiValidationError: department abc: field "phones.0.number": Invalid input',
      alone: true,
    },
    { cause: 'OfficeDataError: office "kutno" is not published in the CMS', alone: true },
    { cause: "Error: boom", alone: true },
    {
      cause:
        "StrapiFetchError: office: GET http://127.0.0.1:1337/api/offices failed after 4 attempts: connect ECONNREFUSED",
      alone: false,
    },
    {
      cause:
        "BuildEnvError: STRAPI_TOKEN is not set: build offices with site/scripts/build-offices.ts",
      alone: false,
    },
  ])("$cause: $alone", ({ cause, alone }) => {
    expect(mayFailAlone(cause)).toBe(alone);
  });
});

describe("isStaleStaging", () => {
  const alive = new Set([4242]);
  it.each([
    { name: `${process.pid}-3`, stale: false, why: "this driver's own" },
    { name: "4242-1", stale: false, why: "a running driver's" },
    { name: "999999-2", stale: true, why: "a driver that is gone" },
    { name: "leftover", stale: true, why: "not named by a driver" },
  ])("$name: stale $stale ($why)", ({ name, stale }) => {
    expect(isStaleStaging(name, (pid) => alive.has(pid))).toBe(stale);
  });
});
