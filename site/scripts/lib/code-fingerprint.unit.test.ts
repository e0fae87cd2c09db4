import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeFingerprint } from "./code-fingerprint.ts";

describe("codeFingerprint", () => {
  it("changes with the code, not with tests or unlisted paths", async () => {
    const root = mkdtempSync(join(tmpdir(), "mops-fp-"));
    mkdirSync(join(root, "src"));
    writeFileSync(join(root, "src", "a.ts"), "export const a = 1;");
    writeFileSync(join(root, "package.json"), "{}");
    const fingerprint = () => codeFingerprint(root, ["src", "package.json"]);
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
