// A kept process's builds in folders of its own that stay the same from build to build (the warm
// build server's and the astro worker's, through the in-process runner, astro-runner.ts). Astro
// writes a build's folders (its output and cache folders) and a per-build key into the page
// bundle's entry module, about 400 KB of Astro's runtime and the build's manifest: with other
// folders and another key each build, the entry was new bytes every time, so the process compiled
// a fresh copy of it for every build, ran the pages on code that had never run, and kept every
// copy (Node never unloads a module). With the same folders and key, the entry is the same bytes
// and is kept like the bundle's other modules (kept-bundle.ts). docs/decisions.md, "A kept
// process builds in fixed folders".
//
// Astro writes into `<staging>/<pid>-kept/`, moved to the folder the driver named (OUT_DIR) once
// Astro is done; the build's cache folder (CACHE_DIR, per office or batch) is reached through the
// link `<staging>/<pid>-kept-cache`, pointed at it for the build. Both names start with the
// process's id: the driver removes them once the process is gone (isStaleStaging).
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, symlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { removeTree } from "./remove-tree.ts";

type Vars = Record<string, string>;

export interface KeptFolders {
  /** `vars` for Astro: the fixed output folder, the cache link (made) and the process's key. */
  enter(vars: Vars): Promise<Vars>;
  /** Moves what the build wrote to the driver's OUT_DIR and removes the cache link. */
  leave(vars: Vars): Promise<void>;
}

/** The fixed folder and link of this process next to the driver's OUT_DIR (in its staging root). */
function fixedPaths(outDir: string, pid: number) {
  const staging = dirname(outDir);
  return { out: join(staging, `${pid}-kept`), cache: join(staging, `${pid}-kept-cache`) };
}

export function keptFolders(pid: number = process.pid): KeptFolders {
  // One key for the process's builds, as an `astro build` process has one for its build (it
  // encrypts server islands' props; the site has none). An ASTRO_KEY that is set wins.
  const key = randomBytes(32).toString("base64");
  return {
    async enter(vars) {
      const fixed: Vars = { ASTRO_KEY: process.env.ASTRO_KEY ?? key, ...vars };
      if (!vars.OUT_DIR) return fixed;
      const paths = fixedPaths(vars.OUT_DIR, pid);
      await removeTree(paths.out);
      await mkdir(dirname(paths.out), { recursive: true });
      fixed.OUT_DIR = paths.out;
      if (vars.CACHE_DIR) {
        await mkdir(vars.CACHE_DIR, { recursive: true });
        await rm(paths.cache, { force: true });
        await symlink(vars.CACHE_DIR, paths.cache, "dir");
        fixed.CACHE_DIR = paths.cache;
      }
      return fixed;
    },
    async leave(vars) {
      if (!vars.OUT_DIR) return;
      const paths = fixedPaths(vars.OUT_DIR, pid);
      await rm(paths.cache, { force: true });
      await removeTree(vars.OUT_DIR);
      await rename(paths.out, vars.OUT_DIR).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error; // a build that failed before writing anything
      });
    },
  };
}
