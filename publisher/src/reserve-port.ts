// Holds a TCP port until its real owner is ready to listen on it: the main job tells the CMS the
// rebuild service's address before the service can start (it needs the CMS's address). Port 0
// holds a free port the system picks. A port in use fails at once, before a long start. While
// held, a connection is closed at once, as by a server that is not up yet (the CMS's notifier
// retries).
import { once } from "node:events";
import { createServer } from "node:net";

export interface ReservedPort {
  port: number;
  /** Frees the port for its owner; resolves once it is closed. */
  release(): Promise<void>;
}

export class PortInUseError extends Error {
  override name = "PortInUseError";
}

export async function reservePort(port: number, host: string): Promise<ReservedPort> {
  const holder = createServer((socket) => socket.destroy());
  holder.listen(port, host);
  try {
    await once(holder, "listening");
  } catch (error) {
    throw new PortInUseError(`port ${port} on ${host} is not free`, { cause: error });
  }
  const address = holder.address();
  const reserved = typeof address === "object" && address ? address.port : port;
  let released: Promise<void> | undefined;
  return {
    port: reserved,
    release() {
      released ??= new Promise<void>((resolve) => holder.close(() => resolve()));
      return released;
    },
  };
}
