import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  createVerifier,
  officeStatusAuthorized,
  officeStatusToken,
  operatorStatusAuthorized,
  operatorStatusToken,
  sign,
  signatureHeader,
  signedHeaders,
  timestampHeader,
  type VerifyInput,
} from "./signature.ts";

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

// OpenSSL as an independent HMAC-SHA256 implementation.
function opensslHmac(key: string, message: string): string {
  const output = execFileSync("openssl", ["dgst", "-sha256", "-hmac", key, "-r"], {
    input: message,
    encoding: "utf8",
  });
  return output.split(" ")[0] ?? "";
}

describe("sign", () => {
  it.each([
    ["a short body", "secret-of-16-chars", 1_764_000_000, '{"offices":["krasnik"]}'],
    ["Polish text", "inny-sekret-0123456789", 1, '{"offices":["kutno"],"note":"Kraśnik – żółć"}'],
    ["an empty body", "secret-of-16-chars", 1_800_000_000, ""],
  ])("matches OpenSSL's HMAC-SHA256 over timestamp.body for %s", (_name, key, ts, text) => {
    const expected = `sha256=${opensslHmac(key, `${ts}.${text}`)}`;
    expect(sign(key, ts, text)).toBe(expected);
    expect(sign(key, ts, Buffer.from(text))).toBe(expected);
  });

  const base = { key: "s".repeat(16), timestamp: 10, text: "b" };
  it.each([
    ["the body", { ...base, text: "c" }],
    ["the timestamp", { ...base, timestamp: 11 }],
    ["the secret", { ...base, key: "t".repeat(16) }],
  ])("changes with %s", (_name, changed) => {
    expect(sign(base.key, base.timestamp, base.text)).not.toBe(
      sign(changed.key, changed.timestamp, changed.text),
    );
  });
});

describe("signedHeaders", () => {
  it("signs with the whole seconds of the given time and says the body is JSON", () => {
    const headers = signedHeaders("secret-of-16-chars", 1_764_000_000_999, "{}");
    expect(headers).toEqual({
      "content-type": "application/json",
      [timestampHeader]: "1764000000",
      [signatureHeader]: sign("secret-of-16-chars", 1_764_000_000, "{}"),
    });
  });

  it("is what the verifier accepts", () => {
    const text = '{"offices":["kutno"]}';
    const headers = signedHeaders(secret, now, text);
    const verdict = createVerifier(
      secret,
      300,
    )({
      signature: headers[signatureHeader],
      timestamp: headers[timestampHeader],
      body: Buffer.from(text),
      nowMs: now,
    });
    expect(verdict).toBe("valid");
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

describe("officeStatusToken", () => {
  it.each([
    ["kutno", "secret-of-16-chars"],
    ["krasnik", "inny-sekret-0123456789"],
  ])("is OpenSSL's HMAC-SHA256 of office-status:%s", (slug, key) => {
    expect(officeStatusToken(key, slug)).toBe(opensslHmac(key, `office-status:${slug}`));
  });

  const kutno = officeStatusToken(secret, "kutno");
  it.each([
    ["the office's token", "kutno", `Bearer ${kutno}`, true],
    ["another office's token", "krasnik", `Bearer ${kutno}`, false],
    [
      "a token under another secret",
      "kutno",
      `Bearer ${officeStatusToken("x".repeat(16), "kutno")}`,
      false,
    ],
    ["no header", "kutno", undefined, false],
    ["no Bearer scheme", "kutno", kutno, false],
    ["upper-case hex", "kutno", `Bearer ${kutno.toUpperCase()}`, false],
    ["a truncated token", "kutno", `Bearer ${kutno.slice(1)}`, false],
  ])("authorizes %s: %s", (_name, slug, header, expected) => {
    expect(officeStatusAuthorized(secret, slug, header)).toBe(expected);
  });
});

describe("operatorStatusToken", () => {
  it("is OpenSSL's HMAC-SHA256 of operator-status", () => {
    expect(operatorStatusToken(secret)).toBe(opensslHmac(secret, "operator-status"));
  });

  const operator = operatorStatusToken(secret);
  it.each([
    ["the operator's token", `Bearer ${operator}`, true],
    ["an office's token", `Bearer ${officeStatusToken(secret, "kutno")}`, false],
    ["a token under another secret", `Bearer ${operatorStatusToken("x".repeat(16))}`, false],
    ["no header", undefined, false],
    ["no Bearer scheme", operator, false],
    ["a truncated token", `Bearer ${operator.slice(1)}`, false],
  ])("authorizes %s: %s", (_name, header, expected) => {
    expect(operatorStatusAuthorized(secret, header)).toBe(expected);
  });
});
