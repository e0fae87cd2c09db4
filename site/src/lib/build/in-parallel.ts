// Runs an asynchronous step over many items with a few at once: file copies (in libuv's thread
// pool, four threads by default) and offices' search indexes (in Pagefind's process), while the
// main thread waits.

/** `step(item)` for every item of `items`, at most `limit` at once; rejects with the first failure. */
export async function forEachAtOnce<T>(
  items: Iterable<T>,
  limit: number,
  step: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  let next = 0;
  const worker = async () => {
    while (next < queue.length) await step(queue[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
}
