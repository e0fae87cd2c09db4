// Generates the default favicon.ico (16, 32 and 48 px PNG images in one ICO file) from the
// default favicon.svg, both in src/assets/favicon/. Run after changing the SVG and commit the
// result: node site/scripts/make-favicon.ts
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { ICON_SIZES, icoOf } from "../src/lib/icons/ico.ts";

export { ICON_SIZES };

const dir = new URL("../src/assets/favicon/", import.meta.url);

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
