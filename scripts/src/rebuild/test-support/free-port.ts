// A free TCP port on 127.0.0.1 from a range this project's tests own, tried in random order, so
// that two runs of the same tests at once (two people, or a bench beside a test run) do not
// collide on a fixed port.
import { once } from "node:events";
import { createServer } from "node:net";

export class PortError extends Error {
  override name = "PortError";
}

async function isFree(port: number): Promise<boolean> {
  const server = createServer();
  server.listen(port, "127.0.0.1");
  try {
    await once(server, "listening");
    return true;
  } catch {
    return false;
  } finally {
    server.close();
  }
}

export async function freePort(first: number, last: number): Promise<number> {
  const candidates = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  for (let i = candidates.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j] as number, candidates[i] as number];
  }
  for (const port of candidates) if (await isFree(port)) return port;
  throw new PortError(`no free port in ${first}–${last}`);
}
