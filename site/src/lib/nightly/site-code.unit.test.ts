import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RENDERING_CODE, siteCodeVersion } from "./site-code.ts";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "mops-site-code-"));
  mkdirSync(join(root, "site", "src", "lib"), { recursive: true });
  mkdirSync(join(root, "shared", "src"), { recursive: true });
  writeFileSync(join(root, "site", "src", "lib", "page.ts"), "export const a = 1;\n");
  writeFileSync(join(root, "shared", "src", "rule.ts"), "export const b = 2;\n");
  writeFileSync(join(root, "pnpm-lock.yaml"), "lockfileVersion: '9.0'\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("siteCodeVersion", () => {
  it("covers the site's and the shared core's sources and the lockfile", () => {
    expect(RENDERING_CODE).toEqual(
      expect.arrayContaining(["site/src", "shared/src", "pnpm-lock.yaml"]),
    );
  });

  it.each([
    ["a site source", "site/src/lib/page.ts", "export const a = 2;\n"],
    ["a shared source", "shared/src/rule.ts", "export const b = 3;\n"],
    ["the lockfile", "pnpm-lock.yaml", "lockfileVersion: '9.1'\n"],
  ])("changes when %s changes, and not otherwise", async (_what, file, text) => {
    const before = await siteCodeVersion(root);
    expect(await siteCodeVersion(root)).toBe(before);
    writeFileSync(join(root, "site", "src", "lib", "page.unit.test.ts"), "// a test\n");
    expect(await siteCodeVersion(root)).toBe(before);
    writeFileSync(join(root, file), text);
    expect(await siteCodeVersion(root)).not.toBe(before);
  });
});
