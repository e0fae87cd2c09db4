import { describe, expect, it } from "vitest";
import { chunks } from "./chunks.ts";

describe("chunks", () => {
  it.each([
    { items: [], size: 3, groups: [] },
    { items: [1, 2], size: 3, groups: [[1, 2]] },
    { items: [1, 2, 3], size: 3, groups: [[1, 2, 3]] },
    { items: [1, 2, 3, 4, 5, 6, 7], size: 3, groups: [[1, 2, 3], [4, 5, 6], [7]] },
  ])("$items by $size", ({ items, size, groups }) => {
    expect(chunks(items, size)).toEqual(groups);
  });
});
