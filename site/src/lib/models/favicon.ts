// The favicon every office's site carries at /favicon.svg and /favicon.ico: the platform's
// default (src/assets/favicon/, the ICO generated from the SVG by scripts/make-favicon.ts).
import icoDataUrl from "../../assets/favicon/favicon.ico?inline";
import svg from "../../assets/favicon/favicon.svg?raw";

/** The bytes of a base64 `data:` URL, as Vite's `?inline` import gives a binary asset. */
export function dataUrlBytes(url: string): Buffer {
  const match = /^data:[^,]*;base64,(.*)$/s.exec(url);
  if (!match?.[1]) throw new Error(`not a base64 data URL: ${url.slice(0, 40)}…`);
  return Buffer.from(match[1], "base64");
}

export const favicon = {
  svg,
  ico: dataUrlBytes(icoDataUrl),
} as const;
