import { describe, expect, it } from "vitest";
import { formatInteger, formatMoney } from "./money.ts";

describe("formatMoney", () => {
  it.each([
    [1542.2, "1542,20\u00a0zł"],
    [1161.6, "1161,60\u00a0zł"],
    [0, "0,00\u00a0zł"],
    [0.05, "0,05\u00a0zł"],
    [9999.99, "9999,99\u00a0zł"],
    [12345.67, "12\u00a0345,67\u00a0zł"],
    [674011.25, "674\u00a0011,25\u00a0zł"],
    [429066.32, "429\u00a0066,32\u00a0zł"],
    [1234567.891, "1\u00a0234\u00a0567,89\u00a0zł"],
    [-20, "\u221220,00\u00a0zł"],
    [1.005, "1,01\u00a0zł"],
  ])("formats %d as %s", (amount, text) => {
    expect(formatMoney(amount)).toBe(text);
  });

  it("rejects what is not an amount", () => {
    expect(() => formatMoney(Number.NaN)).toThrow(RangeError);
  });
});

describe("formatInteger", () => {
  it.each([
    [4000, "4000"],
    [50000, "50\u00a0000"],
    [-1234567, "\u22121\u00a0234\u00a0567"],
  ])("formats %d as %s", (value, text) => {
    expect(formatInteger(value)).toBe(text);
  });
});
