import { mkdirSync, mkdtempSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeFingerprint, codeWatch } from "./code-fingerprint.ts";

/** A folder with `src/a.ts` and `package.json`, and the paths to fingerprint. */
function codeFolder() {
  const root = mkdtempSync(join(tmpdir(), "mops-fp-"));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "src", "a.ts"), "export const a = 1;");
  writeFileSync(join(root, "package.json"), "{}");
  return { root, paths: ["src", "package.json"] };
}

describe("codeFingerprint", () => {
  it("changes with the code, not with tests or unlisted paths", async () => {
    const { root, paths } = codeFolder();
    const fingerprint = () => codeFingerprint(root, paths);
    const first = await fingerprint();
    writeFileSync(join(root, "src", "a.unit.test.ts"), "test");
    writeFileSync(join(root, "notes.md"), "x");
    expect(await fingerprint()).toBe(first);
    writeFileSync(join(root, "src", "a.ts"), "export const a = 2;");
    expect(await fingerprint()).not.toBe(first);
    const second = await fingerprint();
    writeFileSync(join(root, "package.json"), '{"x":1}');
    expect(await fingerprint()).not.toBe(second);
  });
});

describe("codeWatch", () => {
  const edits = [
    {
      change: "a file of the same size, its modification time set back",
      edit: (root: string) => {
        const file = join(root, "src", "a.ts");
        const { atime, mtime } = statSync(file);
        writeFileSync(file, "export const a = 9;");
        utimesSync(file, atime, mtime);
      },
    },
    { change: "a new file", edit: (root: string) => writeFileSync(join(root, "src", "b.ts"), "") },
    {
      change: "a listed file",
      edit: (root: string) => writeFileSync(join(root, "package.json"), '{"y":2}'),
    },
  ];

  it.each(edits)("gives codeFingerprint's digest again after $change", async ({ edit }) => {
    const { root, paths } = codeFolder();
    const watch = codeWatch(root, paths);
    const before = await watch();
    expect(before).toBe(await codeFingerprint(root, paths));
    edit(root);
    const after = await watch();
    expect(after).not.toBe(before);
    expect(after).toBe(await codeFingerprint(root, paths));
  });

  it("keeps the digest of a file written again with the same bytes, and of no change", async () => {
    const { root, paths } = codeFolder();
    const watch = codeWatch(root, paths);
    const before = await watch();
    expect(await watch()).toBe(before);
    writeFileSync(join(root, "src", "a.ts"), "export const a = 1;");
    expect(await watch()).toBe(before);
  });
});
