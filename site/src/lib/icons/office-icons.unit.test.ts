import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { gradientPng } from "../../../test/png.ts";
import { ICON_SIZES } from "./ico.ts";
import { APPLE_TOUCH_SIZE, FaviconImageError, iconSetFromUpload } from "./office-icons.ts";

const PNG_SIGNATURE = Buffer.from("89504e470d0a1a0a", "hex");
const MARKER = "MARKER-FROM-THE-UPLOAD";

/** A PNG whose header claims `width` × `height` (with its CRC fixed), its data left as it was. */
function pngClaiming(width: number, height: number): Buffer {
  const png = Buffer.from(gradientPng(64, 64));
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

const solid = (format: "png" | "jpeg" | "webp" | "gif", width = 256, height = 256) =>
  sharp({ create: { width, height, channels: 3, background: "#c00000" } })
    .toFormat(format)
    .toBuffer();

/** The PNG images of an ICO with the size each entry states. */
function icoImages(ico: Buffer): Array<{ size: number; png: Buffer }> {
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
    return { size: ico[entry]!, png: ico.subarray(offset, offset + length) };
  });
}

describe("iconSetFromUpload accepts raster images and re-encodes them", () => {
  it.each([
    { what: "PNG (independent encoder)", bytes: async () => gradientPng(300, 300) },
    { what: "JPEG", bytes: () => solid("jpeg") },
    { what: "WebP", bytes: () => solid("webp") },
    { what: "GIF", bytes: () => solid("gif") },
    { what: "a wide PNG", bytes: () => solid("png", 400, 100) },
  ])("$what: an ICO of 16, 32, 48 px and an opaque 180 px PNG", async ({ bytes }) => {
    const set = await iconSetFromUpload(await bytes());
    const images = icoImages(set.ico);
    expect(images.map((image) => image.size)).toEqual([...ICON_SIZES]);
    for (const { size, png } of images) {
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    const touch = await sharp(set.appleTouch).metadata();
    expect([touch.format, touch.width, touch.height, touch.hasAlpha]).toEqual([
      "png",
      APPLE_TOUCH_SIZE,
      APPLE_TOUCH_SIZE,
      false,
    ]);
  });

  it("keeps the picture: a red upload gives a red icon", async () => {
    const { appleTouch } = await iconSetFromUpload(await solid("png"));
    const { data } = await sharp(appleTouch)
      .extract({ left: 90, top: 90, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data]).toEqual([0xc0, 0, 0]);
  });

  it("carries nothing of the uploaded file but its pixels", async () => {
    const upload = await sharp(await solid("jpeg"))
      .withExif({ IFD0: { Copyright: MARKER } })
      .jpeg()
      .toBuffer();
    const tailed = Buffer.concat([gradientPng(64, 64), Buffer.from(`<script>${MARKER}</script>`)]);
    expect(upload.includes(MARKER)).toBe(true);
    for (const bytes of [upload, tailed]) {
      const set = await iconSetFromUpload(bytes);
      expect(set.ico.includes(MARKER)).toBe(false);
      expect(set.appleTouch.includes(MARKER)).toBe(false);
    }
  });
});

describe("iconSetFromUpload refuses what cannot safely become an icon", () => {
  it.each([
    {
      what: "SVG",
      bytes: () =>
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(1)</script><rect width="64" height="64"/></svg>',
        ),
      cause: /format "svg"/,
    },
    {
      what: "HTML",
      bytes: () => Buffer.from("<!doctype html><p>favicon</p>"),
      cause: /not an image/,
    },
    { what: "a 32 px PNG", bytes: () => gradientPng(32, 32), cause: /32 px .* under 48/ },
    {
      what: "a PNG cut short",
      bytes: () => gradientPng(256, 256).subarray(0, 400),
      cause: /decode/,
    },
    {
      what: "a PNG claiming 30000 × 30000 px",
      bytes: () => pngClaiming(30_000, 30_000),
      cause: /not an image|decode/,
    },
    { what: "6 MB", bytes: () => Buffer.alloc(6 * 1024 * 1024), cause: /bytes, over/ },
  ])("$what", async ({ bytes, cause }) => {
    const attempt = iconSetFromUpload(bytes());
    await expect(attempt).rejects.toBeInstanceOf(FaviconImageError);
    await expect(attempt).rejects.toThrow(cause);
  });
});
