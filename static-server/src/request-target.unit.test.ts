import { describe, expect, it } from "vitest";
import { contentTypeOf } from "./content-types.ts";
import { PathError, sitePath, targetOfHost } from "./request-target.ts";

describe("targetOfHost", () => {
  it.each([
    ["krasnik.localhost:4321", { kind: "office", slug: "krasnik" }],
    ["KUTNO.localhost", { kind: "office", slug: "kutno" }],
    ["stare-miasto.localhost:80", { kind: "office", slug: "stare-miasto" }],
    ["krasnik.localhost.:4321", { kind: "office", slug: "krasnik" }],
    ["localhost:4321", { kind: "index" }],
    ["127.0.0.1:4321", { kind: "index" }],
    [undefined, { kind: "index" }],
    ["a.b.localhost:4321", { kind: "unknown" }],
    ["krasnik.example.org", { kind: "unknown" }],
    ["-krasnik.localhost", { kind: "unknown" }],
  ])("%s → %j", (host, expected) => {
    expect(targetOfHost(host, "localhost")).toEqual(expected);
  });
});

describe("sitePath", () => {
  it.each([
    ["/", ""],
    ["/aktualnosci/", "aktualnosci/"],
    ["/aktualnosci/dodatek-oslonowy/?utm=x#top", "aktualnosci/dodatek-oslonowy/"],
    ["/o-nas/kontakt", "o-nas/kontakt"],
    ["//double//slashes/", "double/slashes/"],
    ["/./a/./b", "a/b"],
    ["/pliki/o%C5%9Bwiadczenie.pdf", "pliki/oświadczenie.pdf"],
  ])("%s → %s", (url, expected) => {
    expect(sitePath(url)).toBe(expected);
  });

  it.each([
    ["/../etc/passwd", '".." in /../etc/passwd'],
    ["/a/%2e%2e/%2e%2e/etc/passwd", '".." in /a/%2e%2e/%2e%2e/etc/passwd'],
    ["/a/..%2f..%2fetc", '".." in /a/..%2f..%2fetc'],
    ["/a%00.html", "forbidden character in /a%00.html"],
    ["/a%5c..%5cb", "forbidden character in /a%5c..%5cb"],
    ["/%E0%A4%A", "malformed percent-encoding in /%E0%A4%A"],
  ])("refuses %s", (url, message) => {
    expect(() => sitePath(url)).toThrow(new PathError(message));
  });
});

describe("contentTypeOf", () => {
  it.each([
    ["index.html", "text/html; charset=utf-8"],
    ["_astro/app.4f3a.CSS", "text/css; charset=utf-8"],
    ["kalendarz.ics", "text/calendar; charset=utf-8"],
    ["pagefind/wasm.pl.pagefind", "application/octet-stream"],
    ["LICENSE", "application/octet-stream"],
  ])("%s → %s", (path, expected) => {
    expect(contentTypeOf(path)).toBe(expected);
  });
});
