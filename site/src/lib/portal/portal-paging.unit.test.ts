import { describe, expect, it } from "vitest";
import { letterChunks, letterKey, numberedChunks } from "./portal-paging.ts";

describe.each([
  ["K", "k"],
  ["Ł", "l-kreska"],
  ["L", "l"],
  ["Ś", "s-kreska"],
  ["Ż", "z-kropka"],
  ["Ź", "z-kreska"],
  ["1", "1"],
  ["„", "inne"],
])("the letter %s", (letter, key) => {
  it(`has the URL segment ${key}`, () => expect(letterKey(letter)).toBe(key));
});

describe("numberedChunks", () => {
  it.each([
    [0, 3, [0]],
    [3, 3, [3]],
    [7, 3, [3, 3, 1]],
  ])("cuts %i items into pages of %i: %j", (count, max, sizes) => {
    const items = Array.from({ length: count }, (_, i) => i);
    const chunks = numberedChunks(items, max);
    expect(chunks.map((chunk) => chunk.items.length)).toEqual(sizes);
    expect(chunks.map((chunk) => chunk.key)).toEqual(sizes.map((_, i) => (i ? String(i + 1) : "")));
    expect(chunks.flatMap((chunk) => chunk.items)).toEqual(items);
  });
});

describe("letterChunks", () => {
  const names = ["Kalisz", "Kraśnik", "Kutno", "Łódź", "Lublin", "Orzesze", "Świdnik"].sort(
    (a, b) => a.localeCompare(b, "pl"),
  );
  const chunks = letterChunks(names, (name) => name, 2);

  it("groups by initial in the Polish order, L before Ł, a full letter split into parts", () => {
    expect(chunks.map((chunk) => [chunk.key, chunk.label, chunk.items])).toEqual([
      ["k", "K", ["Kalisz", "Kraśnik"]],
      ["k-2", "K (część 2)", ["Kutno"]],
      ["l", "L", ["Lublin"]],
      ["l-kreska", "Ł", ["Łódź"]],
      ["o", "O", ["Orzesze"]],
      ["s-kreska", "Ś", ["Świdnik"]],
    ]);
  });

  it("gives every page its own key", () => {
    expect(new Set(chunks.map((chunk) => chunk.key)).size).toBe(chunks.length);
  });
});
