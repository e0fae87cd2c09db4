// Calls back once per line of a child process's output, the last unterminated line included:
// the pipe delivers chunks that split lines anywhere, so they are joined first.
import { once } from "node:events";
import { createInterface } from "node:readline";

/** Resolves when the stream has ended and every line has been passed on. */
export function onLines(
  stream: NodeJS.ReadableStream,
  each: (line: string) => void,
): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  lines.on("line", each);
  return once(lines, "close").then(() => undefined);
}
