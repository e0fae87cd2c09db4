import { SLUG_PATTERN } from "@mops/shared";
import { describe, expect, it } from "vitest";
import { MAX_TOWNS, TownNameError, townName, townSlug } from "./town-names.ts";

describe("town names", () => {
  it("gives 2,500 offices distinct names and distinct valid slugs", () => {
    const names = Array.from({ length: 2_500 }, (_, i) => townName(i));
    const slugs = Array.from({ length: 2_500 }, (_, i) => townSlug(i));
    expect(new Set(names).size).toBe(2_500);
    expect(new Set(slugs).size).toBe(2_500);
    for (const slug of slugs) expect(slug).toMatch(SLUG_PATTERN);
  });

  it("uses single names first, then double names", () => {
    expect(townName(0)).toMatch(/^[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+$/);
    expect(townName(400)).toMatch(/^[^-]+-[^-]+$/);
  });

  it("gives every index below the limit a distinct name", () => {
    const last = Array.from({ length: 500 }, (_, i) => townName(MAX_TOWNS - 1 - i));
    expect(new Set(last).size).toBe(500);
  });

  it.each([-1, 1.5, MAX_TOWNS])("refuses index %d", (index) => {
    expect(() => townName(index)).toThrow(TownNameError);
  });
});
