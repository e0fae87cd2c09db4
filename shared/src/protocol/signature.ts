// The signature of a notification, both ends of it: HMAC-SHA256 over `${timestamp}.${body}` with
// the secret the CMS and the rebuild service share, sent as `sha256=<hex>` next to the Unix
// timestamp (seconds) it covers. The CMS signs with `signedHeaders`; the service checks with a
// verifier: compared in constant time, a timestamp within the tolerance of its clock, and each
// signature accepted once within that window, so a replayed request is refused. Node only
// (node:crypto): import it as `@mops/shared/protocol/signature`.
import { createHmac, timingSafeEqual } from "node:crypto";

export const signatureHeader = "x-mops-signature";
export const timestampHeader = "x-mops-timestamp";

/** `sha256=<hex>` of `${timestampSeconds}.${body}` (body as UTF-8 text or bytes). */
export function sign(secret: string, timestampSeconds: number, body: string | Uint8Array): string {
  const hmac = createHmac("sha256", secret).update(`${timestampSeconds}.`).update(body);
  return `sha256=${hmac.digest("hex")}`;
}

/** The headers of one signed POST of a JSON `body`, signed at `nowMs`. */
export function signedHeaders(secret: string, nowMs: number, body: string): Record<string, string> {
  const timestamp = Math.floor(nowMs / 1000);
  return {
    "content-type": "application/json",
    [timestampHeader]: String(timestamp),
    [signatureHeader]: sign(secret, timestamp, body),
  };
}

export type Verdict = "valid" | "missing" | "malformed" | "mismatch" | "stale" | "replayed";

export interface VerifyInput {
  /** The value of the signature header, if any. */
  signature?: string | undefined;
  /** The value of the timestamp header, if any. */
  timestamp?: string | undefined;
  body: Uint8Array;
  /** The verifier's clock, in milliseconds since the epoch. */
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

/**
 * The bearer token that reads one office's build status from the rebuild service
 * (`GET /offices/<slug>/status`): HMAC-SHA256 of `office-status:<slug>` under the shared secret,
 * hex. The CMS derives it for the office an editor may see; a token opens that office only.
 */
export function officeStatusToken(secret: string, slug: string): string {
  return createHmac("sha256", secret).update(`office-status:${slug}`).digest("hex");
}

/** Whether an Authorization header carries exactly `token` as a bearer token (constant-time). */
function bearerMatches(token: string, authorization: string | undefined): boolean {
  const match = /^Bearer ([0-9a-f]{64})$/.exec(authorization ?? "");
  if (!match) return false;
  return timingSafeEqual(Buffer.from(token), Buffer.from(match[1]!));
}

/** Whether an Authorization header carries the office's status token (constant-time compare). */
export function officeStatusAuthorized(
  secret: string,
  slug: string,
  authorization: string | undefined,
): boolean {
  return bearerMatches(officeStatusToken(secret, slug), authorization);
}

/**
 * The operator's bearer token for the rebuild service's overview of every office
 * (`GET /status`): HMAC-SHA256 of `operator-status` under the shared secret, hex. No office's
 * token opens it, and it is never given to the CMS.
 */
export function operatorStatusToken(secret: string): string {
  return createHmac("sha256", secret).update("operator-status").digest("hex");
}

/** Whether an Authorization header carries the operator's status token (constant-time compare). */
export function operatorStatusAuthorized(
  secret: string,
  authorization: string | undefined,
): boolean {
  return bearerMatches(operatorStatusToken(secret), authorization);
}
