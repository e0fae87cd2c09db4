// Checks a notification's signature: HMAC-SHA256 over `${timestamp}.${body}` with the shared
// secret, compared in constant time, and a timestamp within the tolerance of the service's
// clock. Signatures seen within that window are remembered, so a replayed request is refused.
import { createHmac, timingSafeEqual } from "node:crypto";

export const signatureHeader = "x-mops-signature";
export const timestampHeader = "x-mops-timestamp";

export function sign(secret: string, timestampSeconds: number, body: string | Buffer): string {
  const hmac = createHmac("sha256", secret).update(`${timestampSeconds}.`).update(body);
  return `sha256=${hmac.digest("hex")}`;
}

export type Verdict = "valid" | "missing" | "malformed" | "mismatch" | "stale" | "replayed";

export interface VerifyInput {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
  nowMs: number;
}

export function createVerifier(secret: string, toleranceSeconds: number) {
  // Signature → the time after which it is stale anyway and can be forgotten.
  const seen = new Map<string, number>();

  function forgetExpired(nowMs: number) {
    for (const [signature, expiresAt] of seen) if (expiresAt <= nowMs) seen.delete(signature);
  }

  return function verify({ signature, timestamp, body, nowMs }: VerifyInput): Verdict {
    if (!signature || !timestamp) return "missing";
    if (!/^\d{1,12}$/.test(timestamp) || !/^sha256=[0-9a-f]{64}$/.test(signature)) {
      return "malformed";
    }
    const seconds = Number(timestamp);
    const expected = Buffer.from(sign(secret, seconds, body));
    if (!timingSafeEqual(expected, Buffer.from(signature))) return "mismatch";
    if (Math.abs(nowMs / 1000 - seconds) > toleranceSeconds) return "stale";
    forgetExpired(nowMs);
    if (seen.has(signature)) return "replayed";
    seen.set(signature, (seconds + toleranceSeconds) * 1000 + 1000);
    return "valid";
  };
}
