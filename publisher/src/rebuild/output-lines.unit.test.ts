import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { onLines } from "./output-lines.ts";

describe("onLines", () => {
  it.each([
    {
      name: "lines split across chunks",
      chunks: ["ab", "c\nde", "f\n", "g"],
      lines: ["abc", "def", "g"],
    },
    {
      name: "a multi-byte letter split across chunks",
      chunks: [Buffer.from("zł\n").subarray(0, 2), Buffer.from("zł\n").subarray(2)],
      lines: ["zł"],
    },
    { name: "CRLF endings", chunks: ["a\r\nb\r\n"], lines: ["a", "b"] },
    { name: "no output", chunks: [], lines: [] },
  ])("$name", async ({ chunks, lines }) => {
    const stream = new PassThrough();
    const seen: string[] = [];
    const done = onLines(stream, (line) => seen.push(line));
    for (const chunk of chunks) stream.write(chunk);
    stream.end();
    await done;
    expect(seen).toEqual(lines);
  });
});
