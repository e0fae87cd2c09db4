import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listFiles } from "../checks/built-site.ts";
import { cacheKey, diskCache } from "./compression-cache.ts";
import { precompressSite } from "./precompress.ts";

let root: string;
const page = `<!doctype html>${"<p>Godziny przyjęć: poniedziałek–piątek</p>".repeat(40)}`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "mops-compression-cache-"));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("diskCache", () => {
  it("returns what was stored, null for 'not smaller', undefined for unknown keys", async () => {
    const cache = diskCache(join(root, "cache"));
    await cache.set("a.br", Buffer.from("abc"));
    await cache.set("b.gz", null);
    const again = diskCache(join(root, "cache"));
    expect(await again.get("a.br")).toEqual(Buffer.from("abc"));
    expect(await again.get("b.gz")).toBeNull();
    expect(await again.get("c.br")).toBeUndefined();
  });

  it("serves a second build from the cache and drops what it no longer uses", async () => {
    const [site, cacheDir] = [join(root, "site"), join(root, "cache")];
    mkdirSync(join(site, "_astro"), { recursive: true });
    writeFileSync(join(site, "_astro", "page.css"), page);
    await precompressSite(site, diskCache(cacheDir));
    const key = cacheKey(Buffer.from(page), ".q11.br");
    // A marker body proves the second build takes the cached one instead of compressing again.
    writeFileSync(join(cacheDir, key), "z cache");
    writeFileSync(join(cacheDir, "stale.br"), "x");
    const cache = diskCache(cacheDir);
    await precompressSite(site, cache);
    await cache.prune();
    expect(readFileSync(join(site, "_astro", "page.css.br"), "utf8")).toBe("z cache");
    const keys = [key, cacheKey(Buffer.from(page), ".q9.gzip")].sort();
    expect(readdirSync(cacheDir).sort()).toEqual(keys);
    expect(await listFiles(site)).toEqual([
      "_astro/page.css",
      "_astro/page.css.br",
      "_astro/page.css.gz",
    ]);
  });

  it("keeps no entry for an office's own pages (compressing one costs what a lookup does)", async () => {
    const [site, cacheDir] = [join(root, "site"), join(root, "cache")];
    mkdirSync(join(site, "_astro"), { recursive: true });
    writeFileSync(join(site, "index.html"), page);
    writeFileSync(join(site, "_astro", "page.css"), page.replace("Godziny", "Style"));
    const cache = diskCache(cacheDir);
    await precompressSite(site, cache);
    const css = Buffer.from(page.replace("Godziny", "Style"));
    expect(readdirSync(cacheDir).sort()).toEqual(
      [cacheKey(css, ".q11.br"), cacheKey(css, ".q9.gzip")].sort(),
    );
    expect(await listFiles(site)).toContain("index.html.br");
  });
});
