import { describe, expect, it } from "vitest";
import { namesAnEntry } from "./locale-office";

describe("namesAnEntry", () => {
  it.each([
    { input: undefined, names: false },
    { input: null, names: false },
    { input: "", names: false },
    { input: { connect: [], disconnect: [] }, names: false },
    { input: { disconnect: [{ documentId: "a" }] }, names: false },
    { input: [], names: false },
    { input: "k0t9", names: true },
    { input: 7, names: true },
    { input: ["k0t9"], names: true },
    { input: { documentId: "k0t9" }, names: true },
    { input: { connect: [{ documentId: "k0t9" }] }, names: true },
    { input: { set: [{ documentId: "k0t9", locale: "uk" }] }, names: true },
  ])("$input → $names", ({ input, names }) => {
    expect(namesAnEntry(input)).toBe(names);
  });
});
