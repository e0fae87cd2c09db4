// Waits until a condition holds, for set-up code where vitest's expect.poll is not available.
// Fails with the description after the timeout; asserts nothing about how long it took.
import { setTimeout as sleep } from "node:timers/promises";

export class WaitError extends Error {
  override name = "WaitError";
}

export async function waitUntil(
  what: string,
  condition: () => boolean | Promise<boolean>,
  { timeout = 60_000, interval = 100 } = {},
): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new WaitError(`${what}: not within ${timeout} ms`);
    await sleep(interval);
  }
}
