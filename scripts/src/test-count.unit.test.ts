import { describe, expect, it } from "vitest";
import { countTests } from "./test-count.ts";

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
