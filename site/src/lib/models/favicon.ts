// The icons every office's site carries: /favicon.ico and /apple-touch-icon.png made from the
// office's own favicon in the CMS when it has a usable one, otherwise the platform's default
// (src/assets/favicon/, the ICO generated from the SVG by scripts/make-favicon.ts), which is
// also served as /favicon.svg to offices without their own.
import type { Office } from "@mops/shared";
import icoDataUrl from "../../assets/favicon/favicon.ico?inline";
import svg from "../../assets/favicon/favicon.svg?raw";
import { perBuild } from "../build/build-scope.ts";
import {
  FaviconImageError,
  type IconSet,
  iconSetFromDefaultSvg,
  iconSetFromUpload,
} from "../icons/office-icons.ts";
import { StrapiFetchError } from "../strapi/errors.ts";
import { mediaSourceUrl } from "./media-files.ts";

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

/** Icon sets by source (the upload's URL, which changes with every upload, or "default"). */
const made = perBuild(() => new Map<string, Promise<IconSet>>());

function memo(key: string, make: () => Promise<IconSet>): Promise<IconSet> {
  let set = made().get(key);
  if (!set) {
    set = make();
    made().set(key, set);
  }
  return set;
}

const defaultIcons = () => memo("default", () => iconSetFromDefaultSvg(favicon.svg, favicon.ico));

async function uploadedIcons(office: Office, sourceUrl: string): Promise<IconSet> {
  const response = await fetch(sourceUrl);
  if (!response.ok) {
    throw new StrapiFetchError("upload", `GET ${sourceUrl} answered HTTP ${response.status}`);
  }
  try {
    return await iconSetFromUpload(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    if (!(error instanceof FaviconImageError)) throw error;
    console.warn(`favicon of office "${office.slug}": ${error.message}; the default icon is used`);
    return defaultIcons();
  }
}

/** The office's icons: made from its favicon in the CMS, or the default ones. */
export function officeIcons(office: Office, strapiUrl: string): Promise<IconSet> {
  if (!office.favicon) return defaultIcons();
  const sourceUrl = mediaSourceUrl(office.favicon, strapiUrl);
  return memo(sourceUrl, () => uploadedIcons(office, sourceUrl));
}
