import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUNDLE_REUSE_HOOK, bundleKey, reuseBundles } from "./bundle-reuse.ts";

type Options = Parameters<typeof bundleKey>[0];

/** Astro's build options as the patched build hands them, for an output folder. */
const options = (outDir: string, config: Record<string, unknown> = {}): Options => ({
  settings: {
    config: { outDir: pathToFileURL(`${outDir}/`), trailingSlash: "always", ...config },
    buildOutput: "static",
    scripts: [],
    renderers: [],
  },
  allPages: {
    home: {
      route: { route: "/[office]", component: "src/pages/[office]/index.astro", prerender: true },
    },
  },
});

type Hook = {
  keep(options: Options, kept: object): Promise<void>;
  restore(options: Options): Promise<object | undefined>;
};
const hook = () => (globalThis as Record<symbol, unknown>)[BUNDLE_REUSE_HOOK] as Hook;

describe("bundleKey", () => {
  const base = options("/staging/1-kept");
  const key = bundleKey(base, "code-1", {});
  describe.each([
    ["another version of the code", bundleKey(base, "code-2", {})],
    [
      "another configuration",
      bundleKey(options("/staging/1-kept", { compressHTML: false }), "code-1", {}),
    ],
    ["another output folder", bundleKey(options("/staging/2-kept"), "code-1", {})],
    [
      "another route",
      bundleKey(
        {
          ...base,
          allPages: {
            ...base.allPages,
            portal: { route: { route: "/", component: "portal.astro", prerender: true } },
          },
        },
        "code-1",
        {},
      ),
    ],
    ["a public environment variable", bundleKey(base, "code-1", { PUBLIC_MAP: "on" })],
    ["another NODE_ENV", bundleKey(base, "code-1", { NODE_ENV: "development" })],
    [
      "another integration",
      bundleKey(
        options("/staging/1-kept", { integrations: [{ name: "extra", hooks: {} }] }),
        "code-1",
        {},
      ),
    ],
  ])("differs with %s", (_, other) => {
    it("from the key of the build before", () => expect(other).not.toBe(key));
  });

  const withHook = (result: number) =>
    options("/staging/1-kept", { integrations: [{ name: "x", hooks: { a: () => result } }] });
  describe.each([
    [
      "a private variable (a build's own: OFFICES)",
      bundleKey(base, "code-1", { OFFICES: "kutno" }),
      key,
    ],
    [
      "the configuration's keys in another order",
      bundleKey(
        {
          ...base,
          settings: {
            ...base.settings,
            config: { trailingSlash: "always", outDir: base.settings.config.outDir },
          },
        },
        "code-1",
        {},
      ),
      key,
    ],
    [
      "an integration made again, same name (its closure holds the build's own values)",
      bundleKey(withHook(1), "code-1", {}),
      bundleKey(withHook(2), "code-1", {}),
    ],
  ])("is the same with %s", (_, one, other) => {
    it("as the key of the build before", () => expect(one).toBe(other));
  });

  it("reads a configuration with a cycle, a map and a set", () => {
    const config: Record<string, unknown> = { map: new Map([["a", 1]]), set: new Set([1]) };
    config.self = config;
    expect(() => bundleKey(options("/o", config), "v", {})).not.toThrow();
    expect(bundleKey(options("/o", config), "v", {})).not.toBe(
      bundleKey(options("/o", { ...config, map: new Map([["a", 2]]) }), "v", {}),
    );
  });
});

describe("reuseBundles", () => {
  let root: string;
  let version: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "bundle-reuse-"));
    version = "code-1";
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A build's output folder as bundling leaves it. */
  const bundled = (dir: string, entry = "export const app = 1;") => {
    mkdirSync(join(dir, ".prerender", "chunks"), { recursive: true });
    mkdirSync(join(dir, "_astro"), { recursive: true });
    writeFileSync(join(dir, ".prerender", "prerender-entry.mjs"), entry);
    writeFileSync(join(dir, ".prerender", "chunks", "page.mjs"), "export default 2;");
    writeFileSync(join(dir, "_astro", "island.js"), "console.log(3);");
  };

  it("gives a later build with the same inputs the kept files and what Astro kept", async () => {
    const reuse = reuseBundles(async () => version);
    // A kept process builds in one fixed folder, moved away after each build (kept-folders.ts).
    const out = join(root, "kept");
    bundled(out);
    const internals = { prerenderEntryFileName: "prerender-entry.mjs" };
    await hook().keep(options(out), { internals });
    // What the first build writes afterwards does not change what was kept.
    writeFileSync(join(out, "_astro", "island.js"), "changed");
    renameSync(out, join(root, "first"));
    mkdirSync(out);
    expect(await hook().restore(options(out))).toEqual({ internals });
    expect(readFileSync(join(out, ".prerender", "prerender-entry.mjs"), "utf8")).toBe(
      "export const app = 1;",
    );
    expect(readFileSync(join(out, ".prerender", "chunks", "page.mjs"), "utf8")).toBe(
      "export default 2;",
    );
    expect(readFileSync(join(out, "_astro", "island.js"), "utf8")).toBe("console.log(3);");
    expect(reuse.counts()).toEqual({ kept: 1, reused: 1 });
  });

  it.each([
    ["the code changed", () => (version = "code-2"), (dir: string) => options(dir)],
    ["the configuration changed", () => undefined, (dir: string) => options(dir, { base: "/x" })],
  ])("bundles again when %s", async (_, change, later) => {
    const reuse = reuseBundles(async () => version);
    const out = join(root, "kept");
    bundled(out);
    await hook().keep(options(out), { internals: {} });
    rmSync(out, { recursive: true });
    mkdirSync(out);
    change();
    expect(await hook().restore(later(out))).toBeUndefined();
    expect(() => readFileSync(join(out, "_astro", "island.js"))).toThrow();
    expect(reuse.counts()).toEqual({ kept: 1, reused: 0 });
  });

  it("bundles again after forget (a failed build), and when nothing was kept", async () => {
    const reuse = reuseBundles(async () => version);
    const dir = join(root, "out");
    mkdirSync(dir);
    expect(await hook().restore(options(dir))).toBeUndefined();
    bundled(dir);
    await hook().keep(options(dir), { internals: {} });
    reuse.forget();
    expect(await hook().restore(options(dir))).toBeUndefined();
  });

  it("keeps the latest build's bundle", async () => {
    reuseBundles(async () => version);
    const first = join(root, "first");
    bundled(first, "export const app = 'first';");
    await hook().keep(options(first), { internals: { n: 1 } });
    rmSync(first, { recursive: true });
    bundled(first, "export const app = 'second';");
    await hook().keep(options(first), { internals: { n: 2 } });
    rmSync(first, { recursive: true });
    mkdirSync(first);
    expect(await hook().restore(options(first))).toEqual({ internals: { n: 2 } });
    expect(readFileSync(join(first, ".prerender", "prerender-entry.mjs"), "utf8")).toBe(
      "export const app = 'second';",
    );
  });
});
