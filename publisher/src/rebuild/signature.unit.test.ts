import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createVerifier, sign, type VerifyInput } from "./signature.ts";

const secret = "service-test-secret";
const now = Date.UTC(2026, 10, 23, 12, 0, 0);
const seconds = now / 1000;
const body = Buffer.from('{"offices":["krasnik"]}');

const signed = (overrides: Partial<VerifyInput> = {}): VerifyInput => ({
  signature: sign(secret, seconds, body),
  timestamp: String(seconds),
  body,
  nowMs: now,
  ...overrides,
});

describe("sign", () => {
  it("is HMAC-SHA256 over timestamp.body, as OpenSSL computes it", () => {
    const openssl = execFileSync("openssl", ["dgst", "-sha256", "-hmac", secret, "-r"], {
      input: `${seconds}.${body.toString()}`,
      encoding: "utf8",
    }).split(" ")[0];
    expect(sign(secret, seconds, body)).toBe(`sha256=${openssl}`);
  });
});

describe("verifier", () => {
  it.each([
    ["a fresh, correct signature", signed(), "valid"],
    ["the clock 299 s ahead of the sender", signed({ nowMs: now + 299_000 }), "valid"],
    ["the sender 299 s ahead of the clock", signed({ nowMs: now - 299_000 }), "valid"],
    ["no signature", signed({ signature: undefined }), "missing"],
    ["no timestamp", signed({ timestamp: undefined }), "missing"],
    ["a timestamp that is not a number", signed({ timestamp: "noon" }), "malformed"],
    ["a signature without the sha256= prefix", signed({ signature: "a".repeat(64) }), "malformed"],
    [
      "a signature of the wrong length",
      signed({ signature: `sha256=${"a".repeat(63)}` }),
      "malformed",
    ],
    ["another body", signed({ body: Buffer.from('{"offices":["kutno"]}') }), "mismatch"],
    ["another timestamp than signed", signed({ timestamp: String(seconds + 1) }), "mismatch"],
    ["another secret", signed({ signature: sign("some-other-secret", seconds, body) }), "mismatch"],
    ["a timestamp 301 s old", signed({ nowMs: now + 301_000 }), "stale"],
    ["a timestamp 301 s in the future", signed({ nowMs: now - 301_000 }), "stale"],
  ])("%s: %s", (_name, input, verdict) => {
    expect(createVerifier(secret, 300)(input)).toBe(verdict);
  });

  it("refuses the same signed request a second time, but not a new one", () => {
    const verify = createVerifier(secret, 300);
    expect(verify(signed())).toBe("valid");
    expect(verify(signed({ nowMs: now + 1_000 }))).toBe("replayed");
    const later = seconds + 1;
    const fresh = signed({ timestamp: String(later), signature: sign(secret, later, body) });
    expect(verify(fresh)).toBe("valid");
  });
});
