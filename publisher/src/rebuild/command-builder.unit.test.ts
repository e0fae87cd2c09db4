import { describe, expect, it } from "vitest";
import { createCommandBuilder, expandCommand, takesOneOffice } from "./command-builder.ts";
import { createLogger } from "./log.ts";

describe("expandCommand", () => {
  it.each([
    [
      "offices spread into arguments",
      ["node", "build.ts", "--out", "{outRoot}", "{offices...}"],
      ["node", "build.ts", "--out", "/d/s/1", "kalisz", "kutno"],
    ],
    [
      "offices joined in one argument",
      ["node", "build.ts", "--offices={offices}", "--out={outRoot}"],
      ["node", "build.ts", "--offices=kalisz,kutno", "--out=/d/s/1"],
    ],
    [
      "one office per run",
      ["sh", "-c", "build {office} > {outRoot}/{office}.log"],
      ["sh", "-c", "build kalisz > /d/s/1/kalisz.log"],
    ],
  ])("%s", (_name, template, expected) => {
    expect(expandCommand(template, ["kalisz", "kutno"], "/d/s/1")).toEqual(expected);
  });
});

describe("takesOneOffice", () => {
  it.each([
    [["build", "{office}"], true],
    [["build", "--office={office}"], true],
    [["build", "{offices...}"], false],
    [["build", "{offices}"], false],
  ])("%j → %s", (template, expected) => {
    expect(takesOneOffice(template)).toBe(expected);
  });
});

describe("createCommandBuilder", () => {
  // A real child that would run for ever: only a kill ends it.
  const forever = [process.execPath, "-e", "setInterval(() => {}, 1e9)", "{offices}"];
  const log = createLogger({ clock: { now: Date.now }, write: () => {} });

  it("stops a build whose stop came before it started (an aborted signal fires no event)", async () => {
    const builder = createCommandBuilder({ command: forever, timeoutMs: 600_000, log });
    const stop = new AbortController();
    stop.abort();
    await expect(
      builder.build({ offices: ["kutno"], outRoot: "/nonexistent", signal: stop.signal }),
    ).rejects.toThrow(/aborted: the service is stopping/);
  });

  it("stops a running build when the service stops", async () => {
    const builder = createCommandBuilder({ command: forever, timeoutMs: 600_000, log });
    const stop = new AbortController();
    const build = builder.build({
      offices: ["kutno"],
      outRoot: "/nonexistent",
      signal: stop.signal,
    });
    stop.abort();
    await expect(build).rejects.toThrow(/aborted: the service is stopping/);
  });
});
