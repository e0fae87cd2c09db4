import { describe, expect, it } from "vitest";
import { attachmentPath, mediaSourceUrl } from "./media-files.ts";

const media = (name: string, url = `/uploads/${name}`) => ({
  url,
  name,
  ext: ".pdf",
  mime: "application/pdf",
  size: 5,
});

describe("media files", () => {
  it.each([
    { name: "porozumienie.pdf", path: "/pliki/abc/1-porozumienie.pdf" },
    { name: "Wniosek o pomoc (2024).pdf", path: "/pliki/abc/1-Wniosek-o-pomoc-2024-.pdf" },
    { name: "../../etc/passwd", path: "/pliki/abc/1-..-..-etc-passwd" },
    { name: "łóżko ąę.pdf", path: "/pliki/abc/1-ko-.pdf" },
  ])("puts $name at $path", ({ name, path }) => {
    expect(attachmentPath({ documentId: "abc" }, 0, media(name))).toBe(path);
  });

  it.each([
    { url: "/uploads/a.pdf", source: "http://127.0.0.1:1337/uploads/a.pdf" },
    { url: "https://cdn.example/a.pdf", source: "https://cdn.example/a.pdf" },
  ])("fetches $url from $source", ({ url, source }) => {
    expect(mediaSourceUrl(media("a.pdf", url), "http://127.0.0.1:1337")).toBe(source);
  });
});
