// A built site's files for byte-for-byte comparisons in tests.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file of a directory tree by its relative path, as a SHA-256 of its bytes. */
export function treeOf(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex")];
    }),
  );
}
