// One process at a time for a path (the site's build driver per Astro cache, the CMS compile per
// source state): the lock is a listening Unix socket in Linux's abstract namespace, named after
// the path. The kernel allows one listener per name and frees it when its process dies, so a
// crashed holder leaves nothing stale behind and there is no takeover to race. Linux only (the
// platform the project targets). Node only: import it as `@mops/shared/node/process-lock`.
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createConnection, createServer, type Server } from "node:net";
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export class LockHeldError extends Error {
  override name = "LockHeldError";
  /** The pid of the holder, when it answered. */
  readonly holder: number | undefined;
  constructor(message: string, holder: number | undefined) {
    super(message);
    this.holder = holder;
  }
}

export interface ProcessLock {
  /** Frees the lock; safe to call twice. */
  release(): Promise<void>;
}

/** The abstract socket name of a path's lock (the leading NUL marks the abstract namespace). */
function socketName(path: string): string {
  const digest = createHash("sha256").update(resolve(path)).digest("hex").slice(0, 40);
  return `\0mops-lock-${digest}`;
}

/** The pid of the process holding the lock on `path`, or undefined when none answers. */
export async function lockHolder(path: string): Promise<number | undefined> {
  const socket = createConnection(socketName(path));
  try {
    await once(socket, "connect");
    const [data] = (await once(socket, "data")) as [Buffer];
    const pid = Number(data.toString("utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  } finally {
    socket.destroy();
  }
}

/** Takes the lock on `path`, or undefined when another holder has it (in this process too). */
export async function tryLock(path: string): Promise<ProcessLock | undefined> {
  // Each connection is told the holder's pid, for messages.
  const server: Server = createServer((connection) => connection.end(`${process.pid}\n`));
  server.listen(socketName(path));
  try {
    await once(server, "listening");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") return undefined;
    throw error;
  }
  // A held lock never keeps the process alive on its own; it ends with the process.
  server.unref();
  let released: Promise<void> | undefined;
  return {
    release() {
      released ??= new Promise<void>((done) => server.close(() => done()));
      return released;
    },
  };
}

/** Takes the lock on `path`; throws a `LockHeldError` naming the holder when another has it. */
export async function lockOrFail(path: string, what: string): Promise<ProcessLock> {
  const lock = await tryLock(path);
  if (lock) return lock;
  const holder = await lockHolder(path);
  throw new LockHeldError(
    `${what} is running${holder ? ` (pid ${holder})` : ""}: lock ${resolve(path)}`,
    holder,
  );
}

/** Waits until the lock on `path` is free and takes it; gives up after `timeoutMs`. */
export async function lockWhenFree(
  path: string,
  what: string,
  { timeoutMs, pollMs = 250 }: { timeoutMs: number; pollMs?: number },
): Promise<ProcessLock> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const lock = await tryLock(path);
    if (lock) return lock;
    if (performance.now() > deadline) {
      const holder = await lockHolder(path);
      throw new LockHeldError(
        `${what} held the lock ${resolve(path)} for more than ${timeoutMs} ms${holder ? ` (pid ${holder})` : ""}`,
        holder,
      );
    }
    await sleep(pollMs);
  }
}
