import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csv, hostileFiles, tinyPdf, tinyPng } from "../../test-support/sample-files";
import { judgeUpload, UploadRefusedError } from "./judge-upload";

const dir = mkdtempSync(path.join(tmpdir(), "judge-upload-"));
const file = (name: string, contents: string | Uint8Array) => {
  const filePath = path.join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(filePath, contents);
  return filePath;
};

const zipHeader = Buffer.from("504b0304140000000000", "hex");
const gif = Buffer.from("474946383961010001000000002c00000000010001000002024401003b", "hex");
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(64)]);
const cfb = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)]);

describe("judgeUpload accepts what offices publish, by contents", () => {
  it.each([
    ["a PNG", "zdjecie.png", tinyPng, "image/png", "zdjecie.png"],
    ["a PNG named .jpg (extension fitted)", "zdjecie.jpg", tinyPng, "image/png", "zdjecie.png"],
    ["a PNG without extension", "zdjecie", tinyPng, "image/png", "zdjecie.png"],
    ["a GIF", "anim.gif", gif, "image/gif", "anim.gif"],
    ["a PDF", "wniosek.pdf", tinyPdf, "application/pdf", "wniosek.pdf"],
    ["a PDF named .png", "wniosek.png", tinyPdf, "application/pdf", "wniosek.pdf"],
    ["a CSV", "lista.csv", csv, "text/csv", "lista.csv"],
    [
      "plain text",
      "notatka.txt",
      "Godziny przyjęć: pn.–pt. 8:00–15:00\n",
      "text/plain",
      "notatka.txt",
    ],
    ["an old Word file", "pismo.doc", cfb, "application/msword", "pismo.doc"],
    ["an empty text file", "pusty.txt", "", "text/plain", "pusty.txt"],
  ])("%s", async (_case, name, contents, mime, fileName) => {
    expect(await judgeUpload(file(name, contents), name)).toEqual({ mime, fileName });
  });
});

describe("judgeUpload refuses everything else, whatever the name", () => {
  const cases: [string, string, string | Uint8Array][] = [
    ...Object.entries(hostileFiles).map(([name, contents]): [string, string, string] => [
      `hostile ${name}`,
      name,
      contents,
    ]),
    [
      "an SVG named .png",
      "logo.png",
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
    ],
    ["a page after a BOM", "a.txt", "\uFEFF  <!doctype html><p>x"],
    ["a script as .txt", "a.txt", "x=1;\n<script>alert(1)</script>"],
    ["an executable", "program.pdf", elf],
    ["a ZIP", "archiwum.zip", Buffer.concat([zipHeader, Buffer.alloc(64)])],
    ["an OLE file under a foreign extension", "instalator.msi", cfb],
    ["binary without magic bytes", "dane.txt", Buffer.from([1, 2, 0, 3])],
    ["JavaScript", "app.js", "console.log(1)"],
    ["a CSS file", "style.css", "body{}"],
  ];
  it.each(cases)("%s", async (_case, name, contents) => {
    const judged = judgeUpload(file(name, contents), name);
    await expect(judged).rejects.toThrow(UploadRefusedError);
    await expect(judged).rejects.toThrow(`Nie przyjęto pliku „${name}”`);
  });
});
