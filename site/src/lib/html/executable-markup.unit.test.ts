import { describe, expect, it } from "vitest";
import { findExecutableMarkup } from "./executable-markup.ts";

describe("findExecutableMarkup", () => {
  it.each([
    { html: "<script>alert(1)</script>", finding: { tag: "script" } },
    { html: '<img src="x" onerror="alert(1)">', finding: { tag: "img", attribute: "onerror" } },
    { html: '<a href="&#106;avascript:alert(1)">x</a>', finding: { tag: "a", attribute: "href" } },
    { html: '<a href=" java\tscript:x">x</a>', finding: { tag: "a", attribute: "href" } },
    { html: '<p style="color:red">x</p>', finding: { tag: "p", attribute: "style" } },
    { html: '<iframe src="https://x.example"></iframe>', finding: { tag: "iframe" } },
    { html: "<svg></svg>", finding: { tag: "svg" } },
    { html: '<form action="/x"></form>', finding: { tag: "form" } },
  ])("flags $html", ({ html, finding }) => {
    expect(findExecutableMarkup(html)).toContainEqual(expect.objectContaining(finding));
  });

  it.each([
    '<p><a href="https://www.gov.pl/" rel="external">gov.pl</a></p>',
    '<a href="mailto:a@b.pl">a@b.pl</a> <a href="tel:+48242537847">24 253 78 47</a>',
    "<p>javascript:alert(1) as plain text is only text</p>",
  ])("passes %s", (html) => {
    expect(findExecutableMarkup(html)).toEqual([]);
  });

  it("lets a page keep the tags it is allowed", () => {
    const page = '<meta charset="utf-8"><link rel="canonical" href="/"><p>x</p>';
    expect(findExecutableMarkup(page, new Set(["meta", "link"]))).toEqual([]);
  });
});
