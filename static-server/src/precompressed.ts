// The precompressed sibling of a file (`<file>.br`, `<file>.gz`, written by the site build) that
// a request accepts, and the headers that go with it. Range requests get the identity file: a
// range of an encoded body would count bytes of the encoding, which few clients expect.
import { realpath, stat } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { join, sep } from "node:path";
import {
  isPrecompressible,
  PRECOMPRESSED_ENCODINGS,
  type PrecompressedEncoding,
} from "@mops/shared/protocol/precompressed";
import { acceptedEncodings } from "./accept-encoding.ts";

export interface Sibling {
  /** Its path below the release root, e.g. "kontakt/index.html.br". */
  file: string;
  encoding: PrecompressedEncoding;
}

/** The best sibling of `file` (a path below `root`, a real path) that the request accepts. */
export async function precompressedSibling(
  request: IncomingMessage,
  root: string,
  file: string,
): Promise<Sibling | undefined> {
  if (request.headers.range !== undefined || !isPrecompressible(file)) return undefined;
  for (const encoding of acceptedEncodings(request.headers["accept-encoding"])) {
    const suffix = PRECOMPRESSED_ENCODINGS.find((entry) => entry.encoding === encoding)?.suffix;
    const candidate = `${file}${suffix}`;
    const real = await realpath(join(root, candidate)).catch(() => undefined);
    if (!real?.startsWith(root + sep)) continue;
    if ((await stat(real).catch(() => undefined))?.isFile()) return { file: candidate, encoding };
  }
  return undefined;
}

/**
 * Content-Encoding for a sibling, and Vary on every response for a file that may have siblings
 * (caches must keep the identity and encoded responses apart).
 */
export function encodingHeaders(
  file: string,
  sibling: Sibling | undefined,
): Record<string, string> {
  if (sibling) return { "content-encoding": sibling.encoding, vary: "Accept-Encoding" };
  return isPrecompressible(file) ? { vary: "Accept-Encoding" } : {};
}
