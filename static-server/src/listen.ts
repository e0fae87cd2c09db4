// Starts a server on a port (0: a free one the system picks) and says where it listens.
import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RunningServer {
  /** `http://<host>:<port>`. */
  url: string;
  port: number;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

export async function listen(
  server: Server,
  { port = 0, host = "127.0.0.1" }: { port?: number; host?: string } = {},
): Promise<RunningServer> {
  server.listen(port, host);
  await once(server, "listening");
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${bound}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
