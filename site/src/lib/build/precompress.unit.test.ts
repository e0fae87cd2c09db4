import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listFiles } from "../checks/built-site.ts";
import { checkPrecompressed } from "../checks/precompressed.ts";
import { precompressSite } from "./precompress.ts";

let dir: string;
const html = `<!doctype html><html lang="pl"><h1>Ośrodek</h1>${"<p>Godziny przyjęć</p>".repeat(80)}`;
const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mops-precompress-"));
  mkdirSync(join(dir, "kontakt"));
  mkdirSync(join(dir, "_astro"));
  writeFileSync(join(dir, "index.html"), html);
  writeFileSync(join(dir, "kontakt", "index.html"), html.replace("Ośrodek", "Kontakt"));
  writeFileSync(join(dir, "_astro", "site.js"), "export const x = 1;\n".repeat(30));
  writeFileSync(join(dir, "rss.xml"), `<rss>${"<item><title>x</title></item>".repeat(20)}</rss>`);
  writeFileSync(join(dir, "a.txt"), "a");
  writeFileSync(join(dir, "okladka.png"), png);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("precompressSite", () => {
  it("writes .br and .gz siblings that decompress to the same bytes", async () => {
    const report = await precompressSite(dir);
    expect(report).toEqual({ files: 5, siblings: 8 });
    for (const file of ["index.html", "kontakt/index.html", "_astro/site.js", "rss.xml"]) {
      const original = readFileSync(join(dir, file));
      const br = readFileSync(join(dir, `${file}.br`));
      const gz = readFileSync(join(dir, `${file}.gz`));
      expect(brotliDecompressSync(br).equals(original), file).toBe(true);
      expect(gunzipSync(gz).equals(original), file).toBe(true);
      expect(br.length).toBeLessThan(original.length);
    }
    expect(await checkPrecompressed(dir)).toEqual([]);
  });

  it("leaves images, and files compression does not shrink, without siblings", async () => {
    await precompressSite(dir);
    const files = await listFiles(dir);
    expect(files.filter((file) => file.startsWith("okladka") || file.startsWith("a."))).toEqual([
      "a.txt",
      "okladka.png",
    ]);
  });

  it("is checked: a sibling that differs, is missing or lost its file is found", async () => {
    await precompressSite(dir);
    writeFileSync(join(dir, "index.html.gz"), Buffer.from("not gzip"));
    rmSync(join(dir, "rss.xml.br"));
    rmSync(join(dir, "kontakt", "index.html"));
    expect(await checkPrecompressed(dir)).toEqual([
      { rule: "sibling-without-file", file: "kontakt/index.html.br" },
      { rule: "sibling-without-file", file: "kontakt/index.html.gz" },
      { rule: "sibling-differs", file: "index.html.gz" },
      { rule: "sibling-missing", file: "rss.xml.br" },
    ]);
  });
});
