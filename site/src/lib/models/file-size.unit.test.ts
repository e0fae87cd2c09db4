import { describe, expect, it } from "vitest";
import { fileSizeText, fileTypeText } from "./file-size.ts";

describe("fileSizeText", () => {
  it.each([
    { kilobytes: 0.02, text: "0,1\u00a0kB" },
    { kilobytes: 5.52, text: "5,5\u00a0kB" },
    { kilobytes: 120.4, text: "120\u00a0kB" },
    { kilobytes: 999, text: "999\u00a0kB" },
    { kilobytes: 1234, text: "1,2\u00a0MB" },
    { kilobytes: 20_480, text: "20,5\u00a0MB" },
  ])("$kilobytes kB → $text", ({ kilobytes, text }) => {
    expect(fileSizeText(kilobytes)).toBe(text);
  });

  it.each([
    { ext: ".pdf", mime: "application/pdf", type: "PDF" },
    {
      ext: ".docx",
      mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      type: "DOCX",
    },
    { ext: "", mime: "image/png", type: "PNG" },
  ])("names $ext $mime as $type", ({ ext, mime, type }) => {
    expect(fileTypeText(ext, mime)).toBe(type);
  });
});
