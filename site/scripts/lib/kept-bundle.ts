// Keeps the page bundle's modules between the builds of a kept process (build-server.ts,
// astro-worker.ts).
// Each `astro build` writes its page bundle (an entry and its chunks) into the build's output
// folder and imports it from there. Node never unloads a module, so every build used to add its
// whole bundle to the process (about 10 MB, the reason the server restarts) and ran the pages on
// code that had never run. Build after build, the bundle is the same bytes: the chunks always,
// the entry when the build's folders and key are the same (kept-folders.ts). This resolve hook
// (Node's module.registerHooks) sends the import of a bundle file to the module already loaded
// from the same path in an earlier bundle with the same bytes; any other file is loaded as it is,
// under a URL of its own when the path was loaded before with other bytes (Node keeps a module
// by its URL). Whatever a kept module holds for one build is made per build
// (src/lib/build/build-scope.ts). docs/decisions.md, "Kept page modules".
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { registerHooks } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Where Astro writes a build's page bundle, inside its output folder. */
const BUNDLE_DIR = ".prerender";

/** How the name of a bundle's entry starts (Astro's own name for it). */
const ENTRY_PREFIX = "prerender-entry";

export interface BundleModules {
  /** Modules taken from an earlier build's bundle (each once per build). */
  reused: number;
  /** Bundle files loaded (new, or changed since). */
  loaded: number;
}

export interface KeptBundle {
  /** Counts since the hook was installed. */
  counts(): BundleModules;
  /** Keeps nothing more from the builds so far (after a failed build: a module may have thrown). */
  forget(): void;
}

/** A build's folder in `stagingRoot` and a file's path in its bundle, or undefined. */
function bundleFile(stagingUrl: string, url: string): { build: string; path: string } | undefined {
  if (!url.startsWith(stagingUrl)) return undefined;
  // Without the query of a module loaded under a URL of its own.
  const [build, dir, ...path] = url.slice(stagingUrl.length).split("?")[0]!.split("/");
  if (!build || dir !== BUNDLE_DIR || path.length === 0) return undefined;
  return { build, path: path.join("/") };
}

/** Installs the hook for the bundles of builds staged in `stagingRoot`; once per process. */
export function keepBundleModules(stagingRoot: string): KeptBundle {
  const stagingUrl = `${pathToFileURL(stagingRoot).href}/`;
  /** By path in the bundle and digest: the URL a module was loaded from, and in which build. */
  const kept = new Map<string, { url: string; build: number }>();
  /** Every URL a bundle file was loaded from. */
  const urls = new Set<string>();
  const counts: BundleModules = { reused: 0, loaded: 0 };
  // The folder of the build being rendered, its number, and what it reused so far (each module
  // counted once).
  let current: string | undefined;
  let build = 0;
  let reusedNow = new Set<string>();

  registerHooks({
    resolve(specifier, context, nextResolve) {
      let resolved: ReturnType<typeof nextResolve>;
      try {
        resolved = nextResolve(specifier, context);
      } catch (error) {
        // A kept chunk's relative import resolves into the folder of the build it was first
        // loaded from, removed since; the same path in the current build's bundle is meant.
        const parent = context.parentURL && bundleFile(stagingUrl, context.parentURL);
        if (!parent || !/^\.\.?\//.test(specifier)) throw error;
        resolved = { url: new URL(specifier, context.parentURL).href, shortCircuit: true };
      }
      const file = bundleFile(stagingUrl, resolved.url);
      if (!file) return resolved;
      let path = fileURLToPath(resolved.url);
      if (existsSync(path)) {
        // A new build: another folder, or the entry imported from outside a bundle (by Astro).
        const fromBundle = context.parentURL && bundleFile(stagingUrl, context.parentURL);
        if (current !== file.build || (file.path.startsWith(ENTRY_PREFIX) && !fromBundle)) {
          build++;
          reusedNow = new Set();
        }
        current = file.build;
      } else if (current) {
        path = join(stagingRoot, current, BUNDLE_DIR, file.path);
      }
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        return resolved; // Node reports the missing file as it would without the hook.
      }
      const key = `${file.path}\0${createHash("sha256").update(bytes).digest("hex")}`;
      const known = kept.get(key);
      if (known) {
        if (known.build !== build && !reusedNow.has(key)) {
          reusedNow.add(key);
          counts.reused++;
        }
        return { ...resolved, url: known.url };
      }
      const plain = pathToFileURL(path).href;
      const url = urls.has(plain) ? `${plain}?kept=${urls.size}` : plain;
      urls.add(url);
      kept.set(key, { url, build });
      counts.loaded++;
      return { ...resolved, url };
    },
  });

  return {
    counts: () => ({ ...counts }),
    forget: () => kept.clear(),
  };
}
