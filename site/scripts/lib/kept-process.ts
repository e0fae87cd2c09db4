// What the driver's kept processes share (build-server.ts for the rebuild and preview services,
// astro-worker.ts for a CLI job): replies over the IPC channel, and the memory limit past which
// such a process exits after a reply so that its client starts a fresh one.

/** Sends a message to the parent and resolves once it is written. */
export const send = (message: unknown): Promise<void> =>
  new Promise((resolvePromise) => process.send!(message, undefined, {}, () => resolvePromise()));

/** The --recycle-mib option in bytes, or an error that names the bad value. */
export function recycleBytes(mib: string): number {
  const bytes = Number(mib) * 2 ** 20;
  if (!Number.isFinite(bytes) || bytes <= 0) {
    throw new Error(`--recycle-mib "${mib}" is not a positive number`);
  }
  return bytes;
}

/** V8's full collection, when the process was started with --expose-gc (its clients do). */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/**
 * Whether the process is past `limitBytes` of RSS. Garbage first: V8 lets it grow to hundreds of
 * MB between its own full collections, and it is no reason to restart (a restart costs the next
 * build about 3 s). Not collected after every build: a collection of the whole heap holds up the
 * next build.
 */
export function pastMemoryLimit(limitBytes: number): boolean {
  if (process.memoryUsage().rss > limitBytes) collectGarbage?.();
  return process.memoryUsage().rss > limitBytes;
}
