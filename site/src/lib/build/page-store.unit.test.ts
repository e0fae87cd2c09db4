import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { linkedAssets, openPageStore, PageStoreError, pageFile } from "./page-store.ts";

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "mops-page-store-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const digest = (n: number) => String(n).repeat(64).slice(0, 64);
const html = (text: string, assets: string[] = []) =>
  `<html><body><p>${text}</p>${assets.map((name) => `<img src="/_astro/${name}">`).join("")}</body></html>`;

/** Writes `files` (relative path → text) into a new site folder `name`. */
function site(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
const storeDir = () => join(work, "cache", "page-store", "krasnik");

describe("pageFile and linkedAssets", () => {
  it.each([
    ["/aktualnosci/wpis/", "aktualnosci/wpis/index.html"],
    ["/uk/aktualnosci/wpis/", "uk/aktualnosci/wpis/index.html"],
    ["/", "index.html"],
  ])("%s is %s", (path, file) => expect(pageFile(path)).toBe(file));

  it("finds each linked asset once, in srcset lists too", () => {
    const page = `<img src="/_astro/a.X1.webp" srcset="/_astro/a.X1.webp 360w, /_astro/a.X2.webp 720w"><script src="/_astro/island.js">`;
    expect(linkedAssets(page)).toEqual(["a.X1.webp", "a.X2.webp", "island.js"]);
  });
});

describe("openPageStore", () => {
  it("gives no page when there is no store, or its manifest cannot be read", async () => {
    expect((await openPageStore(storeDir())).digests.size).toBe(0);
    mkdirSync(storeDir(), { recursive: true });
    for (const text of [
      "{",
      '{"version":1,"pages":{"/../x/":{"digest":"0","files":[],"assets":[]}}}',
    ]) {
      writeFileSync(join(storeDir(), "pages.json"), text);
      expect((await openPageStore(storeDir())).digests.size).toBe(0);
    }
  });

  it("keeps a build's pages with their siblings and assets, and gives them back", async () => {
    const built = site("built", {
      "aktualnosci/a/index.html": html("A", ["cover.1.webp"]),
      "aktualnosci/a/index.html.br": "A-br",
      "aktualnosci/a/index.html.gz": "A-gz",
      "aktualnosci/b/index.html": html("B"),
      "_astro/cover.1.webp": "image",
      "index.html": html("home"),
    });
    const first = await openPageStore(storeDir());
    await first.save(
      built,
      new Map([
        ["/aktualnosci/a/", digest(1)],
        ["/aktualnosci/b/", digest(2)],
      ]),
    );
    const store = await openPageStore(storeDir());
    expect([...store.digests]).toEqual([
      ["/aktualnosci/a/", digest(1)],
      ["/aktualnosci/b/", digest(2)],
    ]);
    const next = site("next", {});
    await store.restore(next, new Set(["/aktualnosci/a/"]));
    for (const file of [
      "aktualnosci/a/index.html",
      "aktualnosci/a/index.html.br",
      "_astro/cover.1.webp",
    ])
      expect(read(next, file)).toBe(read(built, file));
    expect(existsSync(join(next, "aktualnosci/b/index.html"))).toBe(false);
    expect(existsSync(join(next, "index.html"))).toBe(false); // not a page with a digest
  });

  it("replaces what a build rendered again and drops what it no longer has", async () => {
    const old = site("old", {
      "aktualnosci/a/index.html": html("A", ["cover.1.webp"]),
      "aktualnosci/a/index.html.br": "A-br",
      "aktualnosci/b/index.html": html("B"),
      "_astro/cover.1.webp": "image",
    });
    await (await openPageStore(storeDir())).save(
      old,
      new Map([
        ["/aktualnosci/a/", digest(1)],
        ["/aktualnosci/b/", digest(2)],
      ]),
    );
    // A is rendered again, smaller than its brotli sibling would be, without its cover; B is gone.
    const store = await openPageStore(storeDir());
    const fresh = site("fresh", { "aktualnosci/a/index.html": html("A2") });
    await store.save(fresh, new Map([["/aktualnosci/a/", digest(3)]]));
    const again = await openPageStore(storeDir());
    expect([...again.digests]).toEqual([["/aktualnosci/a/", digest(3)]]);
    const files = join(storeDir(), "site");
    expect(read(files, "aktualnosci/a/index.html")).toBe(html("A2"));
    expect(existsSync(join(files, "aktualnosci/a/index.html.br"))).toBe(false);
    expect(existsSync(join(files, "aktualnosci/b/index.html"))).toBe(false);
    expect(existsSync(join(files, "_astro/cover.1.webp"))).toBe(false);
  });

  it("leaves out a page whose files are not all there", async () => {
    const built = site("built", {
      "aktualnosci/a/index.html": html("A", ["cover.1.webp"]),
      "_astro/cover.1.webp": "image",
      "aktualnosci/b/index.html": html("B"),
    });
    await (await openPageStore(storeDir())).save(
      built,
      new Map([
        ["/aktualnosci/a/", digest(1)],
        ["/aktualnosci/b/", digest(2)],
      ]),
    );
    rmSync(join(storeDir(), "site", "_astro", "cover.1.webp"));
    expect([...(await openPageStore(storeDir())).digests.keys()]).toEqual(["/aktualnosci/b/"]);
  });

  it("fails a restore whose files went missing, and drops the store for the next build", async () => {
    const built = site("built", { "aktualnosci/a/index.html": html("A") });
    await (await openPageStore(storeDir())).save(built, new Map([["/aktualnosci/a/", digest(1)]]));
    const store = await openPageStore(storeDir());
    rmSync(join(storeDir(), "site", "aktualnosci"), { recursive: true });
    await expect(store.restore(site("next", {}), new Set(["/aktualnosci/a/"]))).rejects.toThrow(
      PageStoreError,
    );
    expect(existsSync(storeDir())).toBe(false);
  });
});
