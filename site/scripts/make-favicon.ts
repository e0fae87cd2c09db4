// Generates the default favicon.ico (16, 32 and 48 px PNG images in one ICO file) from the
// default favicon.svg, both in src/assets/favicon/. Run after changing the SVG and commit the
// result: node site/scripts/make-favicon.ts
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const dir = new URL("../src/assets/favicon/", import.meta.url);
export const ICON_SIZES = [16, 32, 48] as const;

/** An ICO file holding one PNG image per size (PNG entries: every browser since IE 11). */
export function icoOf(images: ReadonlyArray<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size % 256, entry); // width (0 means 256)
    header.writeUInt8(size % 256, entry + 1); // height
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

/** The ICO for an SVG: each size rendered by sharp (librsvg) without metadata. */
export async function renderIco(svg: Buffer): Promise<Buffer> {
  const images = [];
  for (const size of ICON_SIZES) {
    const png = await sharp(svg, { density: 72 * (size / 32) * 4 })
      .resize(size, size)
      .png({ compressionLevel: 9, palette: false })
      .toBuffer();
    images.push({ size, png });
  }
  return icoOf(images);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const svg = await readFile(new URL("favicon.svg", dir));
  await writeFile(new URL("favicon.ico", dir), await renderIco(svg));
  console.error(`wrote ${fileURLToPath(new URL("favicon.ico", dir))}`);
}
