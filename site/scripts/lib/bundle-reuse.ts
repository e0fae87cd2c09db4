// A kept process (the warm build server, the astro worker) hands a build the bundle of its last
// build when nothing the bundle is made from changed, so that build skips Vite's bundling: half
// of a warm single-office build (docs/benchmarks.md, session 19). Astro has no option for it;
// patches/astro@7.3.5.patch calls the hook this file installs (docs/decisions.md, "A kept
// process reuses its page bundle"):
//   keep(options, kept)   after bundling and the manifest's injection, before the pages render:
//                         the output folder holds the bundle (`.prerender/`, `_astro/`);
//   restore(options)      before bundling, in the emptied output folder: writes the kept files
//                         back and gives what Astro kept (its build internals), or nothing.
// What a bundle is made of: Astro's resolved configuration (the integrations by name), the
// routes, the injected scripts and renderers, the public environment variables, and the code
// that renders the pages (its version, taken once per build, before bundling). The kept files
// are in memory (99 files, about 1.3 MB), as bytes, so a later build cannot alter them.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The hook's name, as the patched Astro looks it up. */
export const BUNDLE_REUSE_HOOK = Symbol.for("astro.build.bundleReuse");

/** The parts of Astro's build options (`StaticBuildOptions`) the key reads. */
type BuildOptions = {
  settings: {
    config: { outDir: URL } & Record<string, unknown>;
    buildOutput?: string;
    scripts: unknown;
    renderers: unknown;
  };
  allPages: Record<string, { route: { route: string; component: string; prerender: boolean } }>;
};

/** What Astro keeps of a build for a later one (its internals): opaque here. */
type Kept = Record<string, unknown>;

export interface BundleReuse {
  /** Builds that kept their bundle, and builds that reused one, since the hook was installed. */
  counts(): { kept: number; reused: number };
  /** Reuses nothing kept so far (after a failed build). */
  forget(): void;
}

/** The key's JSON: keys sorted, URLs as text, functions by name, an object met again cut. */
function stableJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const normalise = (item: unknown): unknown => {
    if (typeof item === "function") return `[function ${item.name}]`;
    if (typeof item === "bigint" || typeof item === "symbol") return String(item);
    if (item === null || typeof item !== "object") return item;
    if (item instanceof URL || item instanceof RegExp) return String(item);
    if (seen.has(item)) return "[cycle]";
    seen.add(item);
    if (item instanceof Map) return [...item].map(normalise);
    if (item instanceof Set || Array.isArray(item)) return [...item].map(normalise);
    return Object.fromEntries(
      Object.keys(item)
        .sort()
        .map((key) => [key, normalise((item as Record<string, unknown>)[key])]),
    );
  };
  return JSON.stringify(normalise(value));
}

/** Everything a static build's bundle is made from, as one string. */
export function bundleKey(options: BuildOptions, codeVersion: string, env = process.env): string {
  const { settings, allPages } = options;
  return stableJson({
    codeVersion,
    config: settings.config,
    buildOutput: settings.buildOutput,
    scripts: settings.scripts,
    renderers: settings.renderers,
    routes: Object.values(allPages).map(({ route }) => [
      route.route,
      route.component,
      route.prerender,
    ]),
    env: Object.entries(env)
      .filter(([name]) => name === "NODE_ENV" || name.startsWith("PUBLIC_"))
      .sort(([a], [b]) => a.localeCompare(b)),
  });
}

type File = { path: string; bytes: Buffer };

function readTree(root: string, dir = root, files: File[] = []): File[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) readTree(root, path, files);
    else if (entry.isFile()) files.push({ path: relative(root, path), bytes: readFileSync(path) });
  }
  return files;
}

function writeTree(root: string, files: readonly File[]): void {
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
  }
}

/** Installs the hook for this process's builds, once per process. */
export function reuseBundles(codeVersion: () => Promise<string>): BundleReuse {
  let last: { key: string; files: File[]; kept: Kept } | undefined;
  // The key of the build under way, taken by `restore` before it bundles: what `keep` records is
  // what the bundle was made from, even if the code changes on disk while Vite bundles.
  let current: { options: BuildOptions; key: string } | undefined;
  const keyOf = async (options: BuildOptions) =>
    current?.options === options ? current.key : bundleKey(options, await codeVersion());
  const counts = { kept: 0, reused: 0 };
  (globalThis as Record<symbol, unknown>)[BUNDLE_REUSE_HOOK] = {
    async keep(options: BuildOptions, kept: Kept) {
      const key = await keyOf(options);
      last = { key, files: readTree(fileURLToPath(options.settings.config.outDir)), kept };
      counts.kept++;
    },
    async restore(options: BuildOptions): Promise<Kept | undefined> {
      current = { options, key: bundleKey(options, await codeVersion()) };
      if (last?.key !== current.key) return undefined;
      writeTree(fileURLToPath(options.settings.config.outDir), last.files);
      counts.reused++;
      return last.kept;
    },
  };
  return {
    counts: () => ({ ...counts }),
    forget: () => {
      last = undefined;
    },
  };
}
