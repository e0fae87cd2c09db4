/**
 * A UUID (version 5 layout, RFC 9562) derived from a key without a clock or randomness, so
 * exports built twice from the same content carry the same identifiers. Four FNV-1a hashes with
 * different offsets give the 128 bits; this is an identifier, not a cryptographic hash.
 */
export function stableUuid(key: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x050c5d1f, 0x2f3a6b77].map((seed) => {
    let hash = seed >>> 0;
    for (let i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, "0");
  });
  const hex = words.join("");
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
