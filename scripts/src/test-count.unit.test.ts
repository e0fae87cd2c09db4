import { describe, expect, it } from "vitest";
import { countTests, failureLines } from "./test-count.ts";

describe("countTests", () => {
  it.each([
    ["vitest, all passed", " Test Files  3 passed (3)\n      Tests  42 passed (42)\n", 42, 0],
    ["vitest, some failed", "      Tests  2 failed | 40 passed (42)\n", 40, 2],
    [
      "two vitest runs add up",
      "      Tests  5 passed (5)\nmore output\n      Tests  1 failed | 7 passed (8)\n",
      12,
      1,
    ],
    [
      "vitest with colours",
      "\u001b[2m      Tests \u001b[22m \u001b[32m9 passed\u001b[39m (9)\n",
      9,
      0,
    ],
    ["pa11y-ci, all passed", "✔ 40/40 URLs passed\n", 40, 0],
    ["pa11y-ci, some failed", "✘ 38/40 URLs passed\n", 38, 2],
    ["no test runner output", "Checked 11 files in 6ms. No fixes applied.\n", 0, 0],
    ["file counts alone are not tests", " Test Files  3 passed (3)\n", 0, 0],
  ])("%s", (_name, output, passed, failed) => {
    expect(countTests(output)).toEqual({ passed, failed });
  });
});

describe("failureLines", () => {
  const fileFailedOutsideItsTests = [
    " ✓ test/open-now.e2e.test.ts (12 tests) 3021ms",
    "⎯⎯⎯⎯⎯⎯ Failed Suites 1 ⎯⎯⎯⎯⎯⎯⎯",
    "",
    " FAIL  e2e  test/lighthouse.e2e.test.ts [ test/lighthouse.e2e.test.ts ]",
    "Error: ENOTEMPTY: directory not empty, rmdir '/tmp/mops-lighthouse-x/Default'",
    " ❯ afterAll test/lighthouse.e2e.test.ts:68:3",
    " Test Files  1 failed | 6 passed (7)",
    "      Tests  82 passed (82)",
  ].join("\n");

  it.each([
    [
      "a file that failed outside its tests",
      fileFailedOutsideItsTests,
      [
        "⎯⎯⎯⎯⎯⎯ Failed Suites 1 ⎯⎯⎯⎯⎯⎯⎯",
        "FAIL  e2e  test/lighthouse.e2e.test.ts [ test/lighthouse.e2e.test.ts ]",
        "Error: ENOTEMPTY: directory not empty, rmdir '/tmp/mops-lighthouse-x/Default'",
      ],
    ],
    [
      "a failed test, with colours",
      "\u001b[31m FAIL \u001b[39m unit src/a.unit.test.ts > adds\nAssertionError: expected 3 to be 4\n",
      ["FAIL  unit src/a.unit.test.ts > adds", "AssertionError: expected 3 to be 4"],
    ],
    [
      "an unhandled rejection",
      "⎯⎯⎯ Unhandled Rejection ⎯⎯⎯\nError: socket hang up\n",
      ["⎯⎯⎯ Unhandled Rejection ⎯⎯⎯", "Error: socket hang up"],
    ],
    ["pa11y-ci", "✘ 38/40 URLs passed\n", ["✘ 38/40 URLs passed"]],
    ["nothing failed", " Test Files  3 passed (3)\n      Tests  42 passed (42)\n", []],
  ])("%s", (_name, output, expected) => {
    expect(failureLines(output)).toEqual(expected);
  });

  it("names each line once and stops at the limit", () => {
    const repeated = Array.from({ length: 50 }, (_, i) => ` FAIL  unit t${i % 40}.unit.test.ts`);
    const lines = failureLines(repeated.join("\n"), 30);
    expect(lines).toHaveLength(30);
    expect(new Set(lines).size).toBe(30);
  });
});
