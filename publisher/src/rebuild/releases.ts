// Release directories and the live pointer of each office:
//   <dataDir>/releases/<slug>/<id>/   one complete build each, never changed once made
//   <dataDir>/live/<slug>             symlink to ../releases/<slug>/<id>, replaced with rename(2)
//   <dataDir>/staging/<buildId>/      where a build writes; moved into releases when it succeeds
//   <dataDir>/releases/<slug>/<id>.date-state.json
//                                     the date state the release was built at (nightly.ts), beside
//                                     the release so it is never served, and pruned with it
// The swap is atomic: a reader sees the old release or the new one, never a mix or nothing.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, readlink, rename, rm, stat, symlink } from "node:fs/promises";
import { basename, join } from "node:path";
import type { DateState } from "@mops/site/date-state";
import { dateStateSchema } from "./nightly.ts";
import { writeFileAtomic } from "./state-file.ts";

export class ReleaseError extends Error {
  override name = "ReleaseError";
}

/** Sortable, unique: the build's start time (UTC) and a random suffix. */
export function newReleaseId(nowMs: number, suffix = randomBytes(3).toString("hex")): string {
  const iso = new Date(nowMs).toISOString().replace(/[:.]/g, "-");
  return `${iso}-${suffix}`;
}

const releaseIdPattern = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[0-9a-f]+$/;

export function createReleases(dataDir: string) {
  const releasesDir = (slug: string) => join(dataDir, "releases", slug);
  const releaseDir = (slug: string, id: string) => join(releasesDir(slug), id);
  const liveDir = join(dataDir, "live");
  const livePath = (slug: string) => join(liveDir, slug);
  const stagingDir = (buildId: string) => join(dataDir, "staging", buildId);

  async function list(slug: string): Promise<string[]> {
    try {
      const entries = await readdir(releasesDir(slug), { withFileTypes: true });
      return entries
        .filter((e) => e.isDirectory() && releaseIdPattern.test(e.name))
        .map((e) => e.name)
        .sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
  }

  async function live(slug: string): Promise<string | undefined> {
    try {
      return basename(await readlink(livePath(slug)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async function activate(slug: string, id: string): Promise<void> {
    const target = releaseDir(slug, id);
    const info = await stat(target).catch(() => undefined);
    if (!info?.isDirectory()) throw new ReleaseError(`release ${slug}/${id} does not exist`);
    await mkdir(liveDir, { recursive: true });
    const temporary = join(liveDir, `.${slug}.${randomBytes(4).toString("hex")}.tmp`);
    await symlink(join("..", "releases", slug, id), temporary);
    try {
      await rename(temporary, livePath(slug));
    } catch (error) {
      await rm(temporary, { force: true });
      throw new ReleaseError(`cannot switch ${livePath(slug)} to ${id}`, { cause: error });
    }
  }

  /** Moves a finished build into the office's releases. */
  async function adopt(slug: string, builtDir: string, id: string): Promise<string> {
    await mkdir(releasesDir(slug), { recursive: true });
    await rename(builtDir, releaseDir(slug, id));
    return releaseDir(slug, id);
  }

  const dateStatePath = (slug: string, id: string) => `${releaseDir(slug, id)}.date-state.json`;

  /** Records the date state a release was built at (before it goes live). */
  async function writeDateState(slug: string, id: string, state: DateState): Promise<void> {
    await writeFileAtomic(dateStatePath(slug, id), `${JSON.stringify(state)}\n`);
  }

  /** The date state a release was built at; undefined when none was recorded or it is unreadable. */
  async function dateStateOf(slug: string, id: string): Promise<DateState | undefined> {
    const text = await readFile(dateStatePath(slug, id), "utf8").catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      const parsed = dateStateSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** The office's live release (undefined: none) and the date state it was built at. */
  async function liveDateState(
    slug: string,
  ): Promise<{ state: DateState | undefined } | undefined> {
    const id = await live(slug);
    return id === undefined ? undefined : { state: await dateStateOf(slug, id) };
  }

  /** Deletes all but the live release and the `keep` newest others; returns what it deleted. */
  async function prune(slug: string, keep: number): Promise<string[]> {
    const current = await live(slug);
    const others = (await list(slug)).filter((id) => id !== current);
    const doomed = others.slice(0, Math.max(0, others.length - keep));
    for (const id of doomed) {
      await rm(releaseDir(slug, id), { recursive: true, force: true });
      await rm(dateStatePath(slug, id), { force: true });
    }
    return doomed;
  }

  /** Points live at the release before the current one (or at `to`); returns its id. */
  async function rollback(slug: string, to?: string): Promise<string> {
    const ids = await list(slug);
    const current = await live(slug);
    const index = current ? ids.indexOf(current) : ids.length;
    const target = to ?? ids[index - 1];
    if (!target || !ids.includes(target)) {
      throw new ReleaseError(`${slug} has no ${to ? `release ${to}` : "earlier release"}`);
    }
    await activate(slug, target);
    return target;
  }

  /** The offices with a live release. */
  async function liveSlugs(): Promise<string[]> {
    const names = await readdir(liveDir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [] as string[];
      throw error;
    });
    return names.filter((name) => !name.startsWith(".")).sort();
  }

  /**
   * Takes an office's site offline (the CMS no longer publishes it): removes its live pointer and
   * keeps its releases, so `activate` can bring it back.
   */
  async function retire(slug: string): Promise<void> {
    await rm(livePath(slug), { force: true });
  }

  async function clearStaging(): Promise<void> {
    await rm(join(dataDir, "staging"), { recursive: true, force: true });
  }

  return {
    releaseDir,
    livePath,
    stagingDir,
    list,
    live,
    activate,
    adopt,
    writeDateState,
    dateStateOf,
    liveDateState,
    prune,
    rollback,
    liveSlugs,
    retire,
    clearStaging,
  };
}

export type Releases = ReturnType<typeof createReleases>;
