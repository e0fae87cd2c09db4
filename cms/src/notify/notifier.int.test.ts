// The notifier against a real HTTP receiver on localhost (a port the system picks): one signed
// request per collapsed burst, retries while the receiver is down, merging what changes meanwhile,
// no retry of a rejection.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { parseNotification } from "@mops/shared/protocol/notification";
import {
  createVerifier,
  sign,
  signatureHeader,
  timestampHeader,
} from "@mops/shared/protocol/signature";
import { afterEach, describe, expect, it } from "vitest";
import { createRebuildNotifier, type NotifierOptions, type RebuildNotifier } from "./notifier";

const secret = "notifier-test-secret";

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}

type Responder = (request: Received, response: ServerResponse) => void;

class Receiver {
  readonly requests: Received[] = [];
  /** While down, every connection is closed before an answer, as by a crashed service. */
  down = false;
  private server: Server | undefined;
  private waiters: { count: number; resolve: () => void }[] = [];

  private readonly respond: Responder;

  constructor(respond: Responder = (_r, res) => res.writeHead(202).end("{}")) {
    this.respond = respond;
  }

  /** The hook URL, once started (on a port the system picks). */
  get url(): string {
    const address = this.server?.address();
    if (!address || typeof address === "string") throw new Error("the receiver is not started");
    return `http://127.0.0.1:${address.port}/hooks/rebuild`;
  }

  async start(): Promise<void> {
    this.server = createServer(async (request, response) => {
      if (this.down) {
        request.socket.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const received = { headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
      this.requests.push(received);
      for (const waiter of this.waiters.filter((w) => this.requests.length >= w.count)) {
        waiter.resolve();
      }
      this.respond(received, response);
    });
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
  }

  waitFor(count: number): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, "close");
    this.server = undefined;
  }
}

function recordingLog() {
  const lines: { level: string; message: string }[] = [];
  const at = (level: string) => (message: string) => lines.push({ level, message });
  return { lines, log: { info: at("info"), warn: at("warn"), error: at("error") } };
}

let receiver: Receiver | undefined;
let notifier: RebuildNotifier | undefined;

afterEach(async () => {
  notifier?.close();
  await receiver?.stop();
  receiver = undefined;
  notifier = undefined;
});

function start(options: Partial<NotifierOptions> = {}) {
  const { lines, log } = recordingLog();
  const url = receiver?.url ?? "";
  notifier = createRebuildNotifier({ url, secret, now: Date.now, log, ...options });
  return { notifier, lines };
}

const source = (action: string) => ({ uid: "api::news-post.news-post", action, documentId: "d1" });

describe("rebuild notifier", () => {
  it("sends one signed request for an update followed by a publish", async () => {
    receiver = new Receiver();
    await receiver.start();
    const { notifier } = start({ collapseMs: 60_000 });
    notifier.notify(["krasnik"], source("update"));
    notifier.notify(["krasnik"], source("publish"));
    await notifier.flush();

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    const timestamp = Number(request?.headers[timestampHeader]);
    expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(60);
    expect(request?.headers[signatureHeader]).toBe(sign(secret, timestamp, request?.body ?? ""));
    expect(JSON.parse(request?.body ?? "")).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      offices: ["krasnik"],
      events: [source("update"), source("publish")],
    });
  });

  it("sends what the rebuild service accepts: its verifier and its notification schema", async () => {
    // The service's checks (publisher/src/rebuild/http-api.ts) on the shared protocol.
    const verify = createVerifier(secret, 300);
    const verdicts: string[] = [];
    receiver = new Receiver(({ headers, body }, response) => {
      const header = (name: string) => [headers[name]].flat()[0];
      const verdict = verify({
        signature: header(signatureHeader),
        timestamp: header(timestampHeader),
        body: Buffer.from(body),
        nowMs: Date.now(),
      });
      verdicts.push(verdict);
      if (verdict !== "valid") return response.writeHead(401).end(`{"error":"${verdict}"}`);
      const notification = parseNotification(body);
      response.writeHead(202).end(JSON.stringify({ accepted: notification.offices }));
    });
    await receiver.start();
    const accepted = start({ collapseMs: 60_000 });
    accepted.notifier.notify(["kutno", "krasnik"], source("publish"));
    await accepted.notifier.flush();
    const forged = createRebuildNotifier({
      url: receiver.url,
      secret: "not-the-shared-secret",
      now: Date.now,
      log: recordingLog().log,
      collapseMs: 60_000,
    });
    forged.notify(["kutno"], source("publish"));
    await forged.flush();
    forged.close();

    expect(verdicts).toEqual(["valid", "mismatch"]);
    expect(accepted.lines).toEqual([
      {
        level: "info",
        message:
          'rebuild notify: krasnik, kutno delivered (HTTP 202 {"accepted":["krasnik","kutno"]})',
      },
    ]);
  });

  it("sends on its own once the collapse window has passed", async () => {
    receiver = new Receiver();
    await receiver.start();
    const { notifier } = start({ collapseMs: 20 });
    notifier.notify(["kutno", "kalisz"], source("delete"));
    await receiver.waitFor(1);
    expect(JSON.parse(receiver.requests[0]?.body ?? "").offices).toEqual(["kalisz", "kutno"]);
  });

  it("retries while the receiver is down and sends what changed meanwhile in one request", async () => {
    receiver = new Receiver();
    receiver.down = true;
    await receiver.start();
    // Half a minute's backoff after the failed attempt: no request is on its way while the test
    // changes what is pending and brings the receiver back.
    const { notifier, lines } = start({ collapseMs: 1, initialRetryMs: 30_000 });
    expect(notifier.notify(["krasnik"], source("publish"))).toBeUndefined();
    await expect
      .poll(() => lines.filter((l) => l.level === "warn"))
      .toEqual([
        {
          level: "warn",
          message: expect.stringMatching(
            /^rebuild notify: krasnik not delivered .*; retry in 30000 ms$/,
          ),
        },
      ]);
    notifier.notify(["orzesze"], source("update"));

    receiver.down = false;
    await notifier.flush(); // the retry, now instead of in half a minute

    expect(receiver.requests).toHaveLength(1);
    expect(JSON.parse(receiver.requests[0]?.body ?? "").offices).toEqual(["krasnik", "orzesze"]);
    expect(lines[lines.length - 1]).toEqual({
      level: "info",
      message: expect.stringMatching(/delivered \(HTTP 202/),
    });
  });

  it("does not retry a request the receiver rejects", async () => {
    receiver = new Receiver((_request, response) => response.writeHead(401).end("bad signature"));
    await receiver.start();
    const { notifier, lines } = start({ collapseMs: 60_000, initialRetryMs: 1 });
    notifier.notify(["kutno"], source("publish"));
    await notifier.flush();
    expect(receiver.requests).toHaveLength(1);
    expect(lines).toContainEqual({
      level: "error",
      message: "rebuild notify: the rebuild service rejected kutno (HTTP 401 bad signature)",
    });
  });

  it("sends an office again when it changes while its request is in flight", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    receiver = new Receiver((_request, response) => {
      held.then(() => response.writeHead(202).end("{}"));
    });
    await receiver.start();
    const { notifier } = start({ collapseMs: 60_000 });
    notifier.notify(["kalisz"], source("update"));
    const flushed = notifier.flush();
    await receiver.waitFor(1);
    notifier.notify(["kalisz"], source("publish"));
    release();
    await flushed;
    await notifier.flush();

    expect(receiver.requests.map((r) => JSON.parse(r.body).offices)).toEqual([
      ["kalisz"],
      ["kalisz"],
    ]);
  });

  it("asks for every office once more offices are pending than the cap", async () => {
    receiver = new Receiver();
    await receiver.start();
    const { notifier } = start({ collapseMs: 60_000, maxPendingOffices: 3 });
    for (const slug of ["a", "b", "c", "d"]) notifier.notify([slug], source("update"));
    await notifier.flush();
    expect(receiver.requests.map((r) => JSON.parse(r.body).offices)).toEqual(["*"]);
  });

  it("gives up after the configured time and says so", async () => {
    receiver = new Receiver();
    receiver.down = true;
    await receiver.start();
    let clock = 0;
    const { notifier, lines } = start({
      collapseMs: 60_000,
      initialRetryMs: 1,
      giveUpAfterMs: 2_500,
      now: () => {
        clock += 1_000;
        return clock;
      },
    });
    notifier.notify(["pruszkow"], source("publish"));
    await notifier.flush();
    expect(lines[lines.length - 1]).toEqual({
      level: "error",
      message: expect.stringMatching(
        /^rebuild notify: gave up on pruszkow after \d+ retries \(TypeError: fetch failed: /,
      ),
    });
  });
});
