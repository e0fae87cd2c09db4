import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listFiles } from "../checks/built-site.ts";
import { checkPrecompressed } from "../checks/precompressed.ts";
import { brotliQuality, precompressSite } from "./precompress.ts";

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

  it("compresses the shared assets at brotli's highest quality and pages at quality 5", async () => {
    await precompressSite(dir);
    // zlib called directly is the oracle: brotli's output is a function of bytes and parameters.
    const brotli = (file: string, quality: number) =>
      brotliCompressSync(readFileSync(join(dir, file)), {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: readFileSync(join(dir, file)).length,
        },
      });
    expect(readFileSync(join(dir, "_astro/site.js.br")).equals(brotli("_astro/site.js", 11))).toBe(
      true,
    );
    expect(readFileSync(join(dir, "index.html.br")).equals(brotli("index.html", 5))).toBe(true);
    expect(readFileSync(join(dir, "rss.xml.br")).equals(brotli("rss.xml", 5))).toBe(true);
  });
});

describe.each([
  ["_astro/site.BkX2.js", 11],
  ["_astro/fonts/a.css", 11],
  ["pagefind/pagefind.js", 11],
  ["pagefind/pagefind-entry.json", 11],
  ["index.html", 5],
  ["aktualnosci/2020/index.html", 5],
  ["rss.xml", 5],
  ["_astro.html", 5],
  ["uk/pagefind/index.html", 5],
  ["godziny.ics", 5],
])("brotliQuality(%s)", (path, quality) => {
  it(`is ${quality}`, () => {
    expect(brotliQuality(path)).toBe(quality);
  });
});
