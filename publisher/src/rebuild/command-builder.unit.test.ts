import { describe, expect, it } from "vitest";
import { expandCommand, takesOneOffice } from "./command-builder.ts";

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
