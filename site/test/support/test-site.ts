// Writes a small site directory for the checkers' unit tests.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export async function writeTestSite(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "mops-site-check-"));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), content);
  }
  return dir;
}

export const page = (body: string, head = "") =>
  `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
