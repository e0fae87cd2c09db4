// Content negotiation of Accept-Encoding (RFC 9110, 12.5.3) for the precompressed siblings:
// which of them a request accepts, best first. A coding's weight is its own q, else that of
// "*", else 0 (q=0: not acceptable). A sibling is preferred to the identity file unless the
// header gives "identity" a higher weight; among equal weights br comes first.
import {
  PRECOMPRESSED_ENCODINGS,
  type PrecompressedEncoding,
} from "@mops/shared/protocol/precompressed";

function weights(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...parameters] = part.split(";").map((piece) => piece.trim());
    if (name === "") continue;
    let q = 1;
    for (const parameter of parameters) {
      const match = /^q\s*=\s*([0-9.]+)$/i.exec(parameter);
      if (match) q = Math.min(1, Number(match[1]) || 0);
    }
    result.set(name.toLowerCase(), q);
  }
  return result;
}

/** The precompressed encodings the header accepts over the identity file, best first. */
export function acceptedEncodings(header: string | undefined): PrecompressedEncoding[] {
  if (!header) return [];
  const q = weights(header);
  const any = q.get("*");
  const identity = q.get("identity") ?? 0;
  return PRECOMPRESSED_ENCODINGS.map(({ encoding }, order) => ({
    encoding,
    order,
    weight: q.get(encoding) ?? (encoding === "gzip" ? q.get("x-gzip") : undefined) ?? any ?? 0,
  }))
    .filter(({ weight }) => weight > 0 && weight >= identity)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ encoding }) => encoding);
}
