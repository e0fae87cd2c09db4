import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { secretNames as required } from "../src/environment.ts";
import { ensureEnvFile, secretNames } from "./ensure-env.ts";

const tempEnvFile = () => path.join(mkdtempSync(path.join(tmpdir(), "ensure-env-")), ".env");

describe("ensureEnvFile", () => {
  it("generates the secrets the configuration requires", () => {
    expect([...secretNames]).toEqual([...required]);
  });

  it("writes every missing secret once, then nothing", () => {
    const file = tempEnvFile();
    expect(ensureEnvFile(file, {})).toEqual([...secretNames]);
    const first = readFileSync(file, "utf8");
    expect(ensureEnvFile(file, {})).toEqual([]);
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(first).toMatch(/^APP_KEYS=[^,\n]{16,}(,[^,\n]{16,}){3}$/m);
  });

  it("keeps existing values and skips what the environment sets", () => {
    const file = tempEnvFile();
    writeFileSync(file, "PORT=1400\nADMIN_JWT_SECRET=keep-this-secret-value");
    const written = ensureEnvFile(file, { ENCRYPTION_KEY: "from-the-environment" });
    expect(written).toEqual(
      secretNames.filter((n) => n !== "ADMIN_JWT_SECRET" && n !== "ENCRYPTION_KEY"),
    );
    const content = readFileSync(file, "utf8");
    expect(content).toMatch(/^PORT=1400\nADMIN_JWT_SECRET=keep-this-secret-value\n/);
    expect(content).not.toContain("ENCRYPTION_KEY");
  });
});
