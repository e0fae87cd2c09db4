import { describe, expect, it } from "vitest";
import { tinyPdf } from "./tiny-pdf.ts";

describe("tinyPdf", () => {
  const pdf = tinyPdf(["Gminny Ośrodek Pomocy Społecznej", "Wniosek (wzór) \\ 1"]).toString(
    "latin1",
  );

  it("is a PDF with a trailer pointing at its cross-reference table", () => {
    expect(pdf.startsWith("%PDF-1.4\n")).toBe(true);
    expect(pdf.endsWith("%%EOF\n")).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe("xref");
  });

  it("has a cross-reference entry at the byte offset of every object", () => {
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, i) => {
      expect(pdf.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
  });

  it("writes the text folded to ASCII with PDF string escapes", () => {
    expect(pdf).toContain("(Gminny Osrodek Pomocy Spolecznej) '");
    expect(pdf).toContain("(Wniosek \\(wzor\\) \\\\ 1) '");
    const length = Number(/\/Length (\d+)/.exec(pdf)?.[1]);
    const stream = /stream\n([\s\S]*?)\nendstream/.exec(pdf)?.[1] ?? "";
    expect(stream.length).toBe(length);
  });
});
