import { describe, expect, it } from "vitest";
import { acceptedEncodings } from "./accept-encoding.ts";

describe("acceptedEncodings", () => {
  it.each([
    [undefined, []],
    ["", []],
    ["gzip, deflate, br, zstd", ["br", "gzip"]],
    ["gzip", ["gzip"]],
    ["br", ["br"]],
    ["BR;Q=1", ["br"]],
    ["gzip;q=1, br;q=0.5", ["gzip", "br"]],
    ["br;q=0, gzip", ["gzip"]],
    ["br;q=0, gzip;q=0", []],
    ["gzip;q=0.000", []],
    ["*", ["br", "gzip"]],
    ["*;q=0.5, br;q=0", ["gzip"]],
    ["*;q=0", []],
    ["identity", []],
    ["identity;q=1, gzip;q=0.5", []],
    ["identity;q=0.5, gzip", ["gzip"]],
    ["x-gzip", ["gzip"]],
    ["deflate", []],
  ])("%j → %j", (header, expected) => {
    expect(acceptedEncodings(header)).toEqual(expected);
  });
});
