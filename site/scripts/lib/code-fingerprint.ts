// A digest of the files under some folders of the repository (paths and contents): the warm build
// server compares it before each build to notice that code it has loaded changed on disk.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !entry.name.includes(".test."))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export async function codeFingerprint(root: string, paths: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const path of paths) {
    const files = (await filesUnder(join(root, path))).concat(
      path.includes(".") ? [join(root, path)] : [],
    );
    for (const file of files) {
      const content = await readFile(file).catch(() => undefined);
      if (content === undefined) continue;
      hash.update(relative(root, file)).update("\0").update(content).update("\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}
