// A stand-in address for a server that is not started yet: listens on a free port at once and,
// once told where the real server is, forwards every request there. Until then, and whenever the
// real server does not answer, it closes the connection, as a server that is down would. Lets a
// test start what must know the CMS's address (the rebuild service) before the CMS itself, with
// every port picked by the system. `hold()` keeps requests waiting, unanswered, until `resume()`:
// a build that reads the CMS is then under way for as long as the test needs.
import { once } from "node:events";
import { createServer, request as forward } from "node:http";
import type { AddressInfo } from "node:net";

export interface Forwarder {
  url: string;
  /** From now on, forward to this origin (e.g. the CMS's URL). */
  forwardTo(origin: string): void;
  /** Keeps new requests waiting until `resume()`. */
  hold(): void;
  resume(): void;
  /** Resolves once a request is waiting on `hold()`. */
  held(): Promise<void>;
  close(): Promise<void>;
}

export async function startForwarder(): Promise<Forwarder> {
  let target: URL | undefined;
  let gate: { opened: Promise<void>; open: () => void } | undefined;
  let waiting: (() => void)[] = [];
  let heldCount = 0;
  const server = createServer(async (incoming, outgoing) => {
    if (gate) {
      heldCount += 1;
      for (const notify of waiting.splice(0)) notify();
      await gate.opened;
    }
    if (!target) {
      incoming.socket.destroy();
      return;
    }
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => incoming.socket.destroy());
    incoming.pipe(upstream);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    forwardTo(origin) {
      target = new URL(origin);
    },
    hold() {
      let open = () => {};
      const opened = new Promise<void>((resolve) => {
        open = resolve;
      });
      gate = { opened, open };
      heldCount = 0;
    },
    resume() {
      gate?.open();
      gate = undefined;
    },
    held() {
      if (gate && heldCount > 0) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
    close() {
      gate?.open();
      waiting = [];
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
