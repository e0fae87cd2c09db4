import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  NightlyStatesError,
  readNightlyStates,
  writeNightlyStates,
} from "./nightly-states-file.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mops-nightly-states-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (path: string) => readFile(path, "utf8");

describe("the CI's nightly states file", () => {
  it("reads back what was written; a missing file records nothing", async () => {
    const path = join(dir, "nightly-states.json");
    expect(await readNightlyStates(path, read)).toEqual({});
    const states = { kutno: { content: "ab12", states: { 'alert "Kasa"': "shown" } } };
    await writeNightlyStates(path, states);
    expect(await readNightlyStates(path, read)).toEqual(states);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(states);
  });

  it.each([
    ["not JSON", "{", /is not JSON: delete it to build every office/],
    ["of another shape", '{"kutno":{"content":1}}', /has an unknown shape/],
  ])("refuses a file %s, naming it", async (_what, text, message) => {
    const path = join(dir, "nightly-states.json");
    writeFileSync(path, text);
    const error = await readNightlyStates(path, read).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NightlyStatesError);
    expect((error as Error).message).toMatch(path);
    expect((error as Error).message).toMatch(message);
  });
});
