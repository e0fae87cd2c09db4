// The icons of an office's site, from the image its editors uploaded as the office's favicon, or
// the platform's default. An upload is untrusted: only PNG, JPEG, WebP and GIF that sharp
// decodes completely, within size limits, are taken (never SVG, which can carry script and
// external references); every icon is re-encoded from the decoded pixels, so nothing of the
// uploaded file (metadata, trailing data, other frames) reaches the site.
import sharp, { type Sharp } from "sharp";
import { ICON_SIZES, icoOf } from "./ico.ts";

/** The uploaded image cannot become the site's icon. */
export class FaviconImageError extends Error {
  override name = "FaviconImageError";
}

export interface IconSet {
  /** favicon.ico: 16, 32 and 48 px, transparent around the image where it is not square. */
  ico: Buffer;
  /** apple-touch-icon.png: 180 px, opaque (iOS fills transparency with black). */
  appleTouch: Buffer;
}

export const APPLE_TOUCH_SIZE = 180;
/** Formats an upload may have, as sharp names them. */
const RASTER_FORMATS: ReadonlySet<string> = new Set(["png", "jpeg", "webp", "gif"]);
export const MIN_SIDE = 48;
export const MAX_BYTES = 5 * 1024 * 1024;
/** Decoding stops beyond this many pixels (a "decompression bomb" costs nothing then). */
const MAX_PIXELS = 4096 * 4096;

const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };
const WHITE = { r: 255, g: 255, b: 255, alpha: 1 };

async function renderSet(image: () => Sharp): Promise<IconSet> {
  const images = [];
  for (const size of ICON_SIZES) {
    const png = await image()
      .resize(size, size, { fit: "contain", background: TRANSPARENT })
      .png({ compressionLevel: 9 })
      .toBuffer();
    images.push({ size, png });
  }
  const appleTouch = await image()
    .resize(APPLE_TOUCH_SIZE, APPLE_TOUCH_SIZE, { fit: "contain", background: WHITE })
    .flatten({ background: WHITE })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return { ico: icoOf(images), appleTouch };
}

/** The icons made from an uploaded raster image; FaviconImageError when it will not do. */
export async function iconSetFromUpload(bytes: Buffer): Promise<IconSet> {
  if (bytes.length > MAX_BYTES) {
    throw new FaviconImageError(`the file has ${bytes.length} bytes, over ${MAX_BYTES}`);
  }
  const image = () =>
    sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "warning", animated: false });
  const metadata = await image()
    .metadata()
    .catch((error: unknown) => {
      throw new FaviconImageError(`not an image: ${(error as Error).message}`);
    });
  if (!RASTER_FORMATS.has(metadata.format ?? "")) {
    throw new FaviconImageError(`format "${metadata.format}" is not PNG, JPEG, WebP or GIF`);
  }
  const side = Math.min(metadata.width ?? 0, metadata.pageHeight ?? metadata.height ?? 0);
  if (side < MIN_SIDE) {
    throw new FaviconImageError(`the image is ${side} px on its shorter side, under ${MIN_SIDE}`);
  }
  return renderSet(image).catch((error: unknown) => {
    throw new FaviconImageError(`the image does not decode: ${(error as Error).message}`);
  });
}

/** The icons made from the platform's default SVG (trusted: it is in the repository). */
export function iconSetFromDefaultSvg(svg: string, ico: Buffer): Promise<IconSet> {
  return renderSet(() => sharp(Buffer.from(svg), { density: 72 * 8 })).then((set) => ({
    ...set,
    ico,
  }));
}
