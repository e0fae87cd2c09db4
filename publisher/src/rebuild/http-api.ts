// The service's HTTP face:
//   POST /hooks/rebuild  a signed notification from the CMS → 202 {accepted, unknown} once the
//                        known offices' work is on disk (unknown slugs are reported, not built),
//                        or why not: 415 not application/json, 413 body too large, 401
//                        signature missing/wrong/stale, 409 replayed, 400 not JSON or not the
//                        schema, 503 office list unavailable or the state not writable
//   GET  /health         200 {"status":"ok"}, or 503 {"status":"degraded","problems":[…]}
//   GET  /status         each office's phase, live release and last builds (no CMS call), with
//                        the operator's bearer token (HMAC of "operator-status"): 401 without it
//   GET  /offices/<slug>/status  one office's build status for the CMS's admin, with the office's
//                        bearer token (HMAC of the slug under the shared secret): 401 without
//                        it or with another office's, 404 an office the service does not know
import type { IncomingMessage, ServerResponse } from "node:http";
import { NotificationError, parseNotification } from "@mops/shared/protocol/notification";
import type { OfficeStatus } from "@mops/shared/protocol/office-status";
import {
  signatureHeader,
  timestampHeader,
  type Verdict,
  type VerifyInput,
} from "@mops/shared/protocol/signature";
import type { Clock } from "./clock.ts";
import { errorFields, type Logger } from "./log.ts";
import type { OfficeDirectory } from "./offices.ts";

export interface ApiDeps {
  clock: Clock;
  log: Logger;
  maxBodyBytes: number;
  toleranceSeconds: number;
  verify(input: VerifyInput): Verdict;
  directory: OfficeDirectory;
  /** Records the offices' change; resolves once that is on disk. */
  accept(offices: readonly string[]): Promise<void>;
  /** Told about slugs a notification named that the CMS does not publish. */
  onUnknown?(slugs: readonly string[]): void;
  status(): Promise<unknown>;
  /** Whether an Authorization header opens the overview of every office (the operator's token). */
  operatorAuthorized(authorization: string | undefined): boolean;
  /** Whether an Authorization header opens this office's status. */
  statusAuthorized(slug: string, authorization: string | undefined): boolean;
  /** One office's build status; undefined: the service does not know the office. */
  officeStatus(slug: string): Promise<OfficeStatus | undefined>;
  /** What is wrong, in short sentences; empty when all is well. */
  problems(): string[];
}

class HttpError extends Error {
  override name = "HttpError";
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function rejection(verdict: Exclude<Verdict, "valid">, toleranceSeconds: number): HttpError {
  const byVerdict: Record<Exclude<Verdict, "valid">, HttpError> = {
    missing: new HttpError(401, `missing ${signatureHeader} or ${timestampHeader} header`),
    malformed: new HttpError(401, `malformed ${signatureHeader} or ${timestampHeader} header`),
    mismatch: new HttpError(401, "signature does not match"),
    stale: new HttpError(401, `timestamp is more than ${toleranceSeconds} s away from now`),
    replayed: new HttpError(409, "this request was already received"),
  };
  return byVerdict[verdict];
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  response.end(text);
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > limit) {
    return Promise.reject(new HttpError(413, `body is larger than ${limit} bytes`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners("data");
        request.pause();
        reject(new HttpError(413, `body is larger than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The media type of a request, without parameters, lowercase. */
function mediaType(request: IncomingMessage): string {
  return (header(request, "content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

const officeStatusPattern = /^\/offices\/([a-z0-9]+(?:-[a-z0-9]+)*)\/status$/;

export function createApi(deps: ApiDeps) {
  async function notify(
    request: IncomingMessage,
  ): Promise<{ accepted: string[]; unknown: string[] }> {
    if (mediaType(request) !== "application/json") {
      throw new HttpError(415, "the body must be application/json");
    }
    const body = await readBody(request, deps.maxBodyBytes);
    const verdict = deps.verify({
      signature: header(request, signatureHeader),
      timestamp: header(request, timestampHeader),
      body,
      nowMs: deps.clock.now(),
    });
    if (verdict !== "valid") throw rejection(verdict, deps.toleranceSeconds);
    let notification: ReturnType<typeof parseNotification>;
    try {
      notification = parseNotification(body.toString("utf8"));
    } catch (error) {
      if (error instanceof NotificationError) throw new HttpError(400, error.message);
      throw error;
    }
    let offices: string[];
    let unknown: string[] = [];
    try {
      if (notification.offices === "*") {
        offices = [...(await deps.directory.list())];
      } else {
        const asked = [...new Set(notification.offices)].sort();
        unknown = await deps.directory.unknown(asked);
        offices = asked.filter((slug) => !unknown.includes(slug));
      }
    } catch (error) {
      deps.log.error("offices.unavailable", errorFields(error));
      throw new HttpError(503, "the list of offices is unavailable; try again");
    }
    try {
      await deps.accept(offices);
    } catch (error) {
      deps.log.error("notification.not_saved", { offices, ...errorFields(error) });
      throw new HttpError(503, "the notification could not be saved; try again");
    }
    if (unknown.length > 0) {
      deps.log.warn("notification.unknown_offices", { unknown });
      deps.onUnknown?.(unknown);
    }
    deps.log.info("notification.accepted", { offices, events: notification.events ?? [] });
    return { accepted: offices, unknown };
  }

  const routes: Record<string, (request: IncomingMessage) => Promise<[number, unknown]>> = {
    "POST /hooks/rebuild": async (request) => [202, await notify(request)],
    "GET /health": async () => {
      const problems = deps.problems();
      return problems.length === 0
        ? [200, { status: "ok" }]
        : [503, { status: "degraded", problems }];
    },
    "GET /status": async (request) => {
      if (!deps.operatorAuthorized(header(request, "authorization"))) {
        throw new HttpError(401, "missing or wrong operator bearer token");
      }
      return [200, await deps.status()];
    },
  };
  const paths = new Set(Object.keys(routes).map((key) => key.split(" ")[1]));

  async function officeStatus(request: IncomingMessage, slug: string): Promise<[number, unknown]> {
    if (!deps.statusAuthorized(slug, header(request, "authorization"))) {
      throw new HttpError(401, "missing or wrong bearer token for this office");
    }
    const status = await deps.officeStatus(slug);
    if (!status) throw new HttpError(404, `no such office: ${slug}`);
    return [200, status];
  }

  return async function handle(request: IncomingMessage, response: ServerResponse) {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const route = routes[`${request.method} ${path}`];
    const office = officeStatusPattern.exec(path)?.[1];
    try {
      if (office !== undefined) {
        if (request.method !== "GET") throw new HttpError(405, `${request.method} is not allowed`);
        const [status, body] = await officeStatus(request, office);
        send(response, status, body);
        return;
      }
      if (!route) {
        if (!paths.has(path)) throw new HttpError(404, `no such path: ${path}`);
        throw new HttpError(405, `${request.method} is not allowed on ${path}`);
      }
      const [status, body] = await route(request);
      send(response, status, body);
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status >= 500) deps.log.error("http.failed", { path, ...errorFields(error) });
      else
        deps.log.warn("http.rejected", { method: request.method, path, status, reason: message });
      if (status === 413) response.setHeader("connection", "close");
      send(response, status, { error: message });
    }
  };
}
