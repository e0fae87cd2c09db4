// One signed request to the rebuild service ("rebuild these offices"), and how to read its answer.
// Queueing and retrying are the outbox's (outbox.ts): a request only counts as delivered when the
// service answered that it holds it durably.
import { randomUUID } from "node:crypto";
import type { Notification, NotificationEvent } from "@mops/shared/protocol/notification";
import { signedHeaders } from "@mops/shared/protocol/signature";
import type { Delivery } from "./outbox";

export interface NotifierLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What changed, for the receiver's logs. */
export type ChangeSource = NotificationEvent;

export interface SenderSettings {
  url: string;
  secret: string;
  /** Milliseconds since the epoch; signatures carry it. */
  now: () => number;
  requestTimeoutMs?: number;
}

// 2xx: the service wrote the request to disk before answering. 409: it holds this very request
// already (a retry after a lost answer). Anything else, a timeout or no answer: try again later.
export function deliveryOf(status: number): Delivery["status"] {
  return status === 409 || (status >= 200 && status < 300) ? "delivered" : "retry";
}

export function retryDelay(attempt: number, initialMs: number, maxMs: number): number {
  return Math.min(initialMs * 2 ** Math.max(0, attempt - 1), maxMs);
}

/** Sends one batch; never throws. */
export async function sendRebuildRequest(
  settings: SenderSettings,
  batch: { offices: readonly string[] | "*"; events: readonly ChangeSource[] },
): Promise<Delivery> {
  // A fresh id per request: the receiver refuses only an exact replay of one it has seen.
  const notification: Notification = {
    id: randomUUID(),
    offices: batch.offices === "*" ? "*" : [...batch.offices],
    events: [...batch.events],
  };
  const body = JSON.stringify(notification);
  try {
    const response = await fetch(settings.url, {
      method: "POST",
      headers: signedHeaders(settings.secret, settings.now(), body),
      body,
      signal: AbortSignal.timeout(settings.requestTimeoutMs ?? 10_000),
    });
    const text = (await response.text()).slice(0, 300);
    return { status: deliveryOf(response.status), detail: `HTTP ${response.status} ${text}` };
  } catch (error) {
    return { status: "retry", detail: describe(error) };
  }
}

// fetch reports "fetch failed" and puts the reason (ECONNREFUSED, timeout, …) in `cause`.
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = "cause" in error ? error.cause : undefined;
  const reason = cause instanceof Error ? `: ${cause.message}` : "";
  return `${error.name}: ${error.message}${reason}`;
}
