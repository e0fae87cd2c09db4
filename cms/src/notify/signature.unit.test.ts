import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { signatureHeader, signedHeaders, signPayload, timestampHeader } from "./signature";

// OpenSSL as an independent HMAC-SHA256 implementation.
function opensslHmac(secret: string, message: string): string {
  const output = execFileSync("openssl", ["dgst", "-sha256", "-hmac", secret, "-r"], {
    input: message,
    encoding: "utf8",
  });
  return output.split(" ")[0] ?? "";
}

describe("signPayload", () => {
  it.each([
    ["a short body", "secret-of-16-chars", 1_764_000_000, '{"offices":["krasnik"]}'],
    ["Polish text", "inny-sekret-0123456789", 1, '{"offices":["kutno"],"note":"Kraśnik – żółć"}'],
    ["an empty body", "secret-of-16-chars", 1_800_000_000, ""],
  ])("matches OpenSSL's HMAC-SHA256 over timestamp.body for %s", (_name, secret, ts, body) => {
    expect(signPayload(secret, ts, body)).toBe(`sha256=${opensslHmac(secret, `${ts}.${body}`)}`);
  });

  const base = { secret: "s".repeat(16), timestamp: 10, body: "b" };
  it.each([
    ["the body", { ...base, body: "c" }],
    ["the timestamp", { ...base, timestamp: 11 }],
    ["the secret", { ...base, secret: "t".repeat(16) }],
  ])("changes with %s", (_name, changed) => {
    expect(signPayload(base.secret, base.timestamp, base.body)).not.toBe(
      signPayload(changed.secret, changed.timestamp, changed.body),
    );
  });
});

describe("signedHeaders", () => {
  it("signs with the whole seconds of the given time and says the body is JSON", () => {
    const headers = signedHeaders("secret-of-16-chars", 1_764_000_000_999, "{}");
    expect(headers).toEqual({
      "content-type": "application/json",
      [timestampHeader]: "1764000000",
      [signatureHeader]: signPayload("secret-of-16-chars", 1_764_000_000, "{}"),
    });
  });
});
