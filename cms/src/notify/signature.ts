// The signature both ends agree on: HMAC-SHA256 over `${timestamp}.${body}` with the shared
// secret, sent as `sha256=<hex>` next to the Unix timestamp (seconds) it covers.
import { createHmac } from "node:crypto";

export const signatureHeader = "x-mops-signature";
export const timestampHeader = "x-mops-timestamp";

export function signPayload(secret: string, timestampSeconds: number, body: string): string {
  const digest = createHmac("sha256", secret).update(`${timestampSeconds}.${body}`).digest("hex");
  return `sha256=${digest}`;
}

/** The headers of one signed POST, for a body signed at `nowMs`. */
export function signedHeaders(secret: string, nowMs: number, body: string): Record<string, string> {
  const timestamp = Math.floor(nowMs / 1000);
  return {
    "content-type": "application/json",
    [timestampHeader]: String(timestamp),
    [signatureHeader]: signPayload(secret, timestamp, body),
  };
}
