import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createStateWriter,
  emptyState,
  loadState,
  type ServiceState,
  StateFileError,
} from "./state-file.ts";

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mops-state-"));
  path = join(dir, "state.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const withPending = (pending: string[]): ServiceState => ({ ...emptyState(), pending });

describe("state file", () => {
  it("starts empty when there is no file yet", async () => {
    expect(await loadState(path)).toEqual(emptyState());
  });

  it("reads back what it wrote, and leaves no temporary file", async () => {
    const state: ServiceState = {
      version: 2,
      pending: ["krasnik"],
      retrying: { kutno: { failures: 1, retryAt: "2026-11-23T09:00:33.000Z" } },
      offices: {
        kutno: {
          consecutiveFailures: 1,
          lastBuild: {
            buildId: "b1",
            offices: ["kutno"],
            startedAt: "2026-11-23T09:00:00.000Z",
            finishedAt: "2026-11-23T09:00:03.000Z",
            durationMs: 3_000,
            result: "failure",
            error: "BuildError: node exited with code 1",
            cause: "ECONNREFUSED 127.0.0.1:1337",
            contentVersion: 41,
          },
        },
      },
    };
    await createStateWriter(path, () => state).save();
    expect(await loadState(path)).toEqual(state);
    expect(readdirSync(dir)).toEqual(["state.json"]);
  });

  it("reads the first format (no retries) and upgrades it", async () => {
    writeFileSync(path, JSON.stringify({ version: 1, pending: ["kalisz"], offices: {} }));
    expect(await loadState(path)).toEqual({ ...emptyState(), pending: ["kalisz"] });
  });

  it("collapses saves made during a write and ends with the latest state", async () => {
    let current = withPending(["a"]);
    const writer = createStateWriter(path, () => current);
    const saves = ["a", "b", "c", "d"].map((slug) => {
      current = withPending([slug]);
      return writer.save();
    });
    await Promise.all(saves);
    expect(JSON.parse(readFileSync(path, "utf8")).pending).toEqual(["d"]);
  });

  it.each([
    ["not JSON", "{", "is not JSON"],
    ["another shape", '{"version":2}', "has an unknown shape"],
    ["a future version", '{"version":3,"pending":[],"retrying":{},"offices":{}}', "unknown shape"],
    [
      "a bad retry time",
      '{"version":2,"pending":[],"retrying":{"kutno":{"failures":1,"retryAt":"soon"}},"offices":{}}',
      "unknown shape",
    ],
  ])("stops with a clear error on a file that is %s", async (_name, text, message) => {
    writeFileSync(path, text);
    await expect(loadState(path)).rejects.toThrow(StateFileError);
    await expect(loadState(path)).rejects.toThrow(message);
  });
});
