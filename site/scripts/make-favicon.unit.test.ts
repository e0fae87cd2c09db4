import { readFileSync } from "node:fs";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { favicon } from "../src/lib/models/favicon.ts";
import { ICON_SIZES, renderIco } from "./make-favicon.ts";

const asset = (name: string) =>
  readFileSync(new URL(`../src/assets/favicon/${name}`, import.meta.url));
const PNG_SIGNATURE = Buffer.from("89504e470d0a1a0a", "hex");

describe("default favicon", () => {
  it("is an ICO of 16, 32 and 48 px PNG images", () => {
    const ico = asset("favicon.ico");
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    ICON_SIZES.forEach((size, index) => {
      const entry = 6 + 16 * index;
      const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      const png = ico.subarray(offset, offset + length);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect([ico[entry], png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size, size]);
    });
  });

  it("is the committed ICO generated from the committed SVG", async () => {
    expect((await renderIco(asset("favicon.svg"))).equals(asset("favicon.ico"))).toBe(true);
  });

  it("is what every office's site serves", () => {
    expect(favicon.ico.equals(asset("favicon.ico"))).toBe(true);
    expect(favicon.svg).toBe(asset("favicon.svg").toString());
    expect(XMLValidator.validate(favicon.svg)).toBe(true);
  });
});
