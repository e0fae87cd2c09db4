// A digest of the files under some folders of the repository (paths and contents): the warm build
// server compares it before each build to notice that code it has loaded changed on disk.
// `codeWatch` reads the contents again only when a file's status (size, times, inode) or the
// list of files changed: a check before every build costs a stat per file, not a read.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !entry.name.includes(".test."))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The files of `paths` (folders, or files: a path with a dot), in a fixed order. */
async function listedFiles(root: string, paths: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(
    paths.map(async (path) =>
      (await filesUnder(join(root, path))).concat(path.includes(".") ? [join(root, path)] : []),
    ),
  );
  return lists.flat();
}

export async function codeFingerprint(root: string, paths: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const file of await listedFiles(root, paths)) {
    const content = await readFile(file).catch(() => undefined);
    if (content === undefined) continue;
    hash.update(relative(root, file)).update("\0").update(content).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** Each file's path and status; a write changes its change time even when mtime is set back. */
async function statusSignature(root: string, paths: readonly string[]): Promise<string> {
  const files = await listedFiles(root, paths);
  const lines = await Promise.all(
    files.map(async (file) => {
      const s = await stat(file).catch(() => undefined);
      return s ? `${file}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}` : `${file}\0-`;
    }),
  );
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

/**
 * `codeFingerprint` of `paths`, read again only when a file's status changed since the last
 * call (a file touched but not changed keeps the fingerprint).
 */
export function codeWatch(root: string, paths: readonly string[]): () => Promise<string> {
  let last: { signature: string; digest: string } | undefined;
  return async () => {
    const signature = await statusSignature(root, paths);
    if (last?.signature === signature) return last.digest;
    const digest = await codeFingerprint(root, paths);
    last = { signature, digest };
    return digest;
  };
}
