// An office's page store: the pages of its last build that the next build may take instead of
// rendering them again (page-reuse.ts). In `<PAGE_STORE_ROOT>/<slug>/`: `pages.json`, each
// page's site path with the digest of its inputs, its files and the files of `_astro/` it links,
// and `site/`, those files as the site serves them (a page's `index.html` with the `.br` and `.gz`
// siblings it has; a post's cover in each width). The files are copies, so no file is shared
// with a release. After a build, only the pages it rendered are written: an entry leaves the
// manifest before its files change and comes back once they are written, so the manifest never
// names a file whose bytes belong to another digest, whenever the process stops.
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { PRECOMPRESSED_ENCODINGS } from "@mops/shared/protocol/precompressed";
import { z } from "astro/zod";
import { forEachAtOnce } from "./in-parallel.ts";
import type { PageDigests } from "./page-reuse.ts";

export class PageStoreError extends Error {
  override name = "PageStoreError";
}

const MANIFEST = "pages.json";
const SITE_DIR = "site";
const ASSETS = "_astro";
/** File copies at once (libuv's thread pool does them). */
const COPIES = 8;

/** A segment of a path: letters, digits, `.`, `_` and `-`, but not `.` or `..`. */
const SEGMENT = String.raw`(?!\.\.?(?:/|$))[\w.-]+`;
/** A page's site path: `/` or segments each followed by `/`. */
const PAGE_PATH = new RegExp(`^/(?:${SEGMENT}/)*$`);
/** A file relative to the site. */
const SITE_FILE = new RegExp(`^(?:${SEGMENT}/)*${SEGMENT}$`);

const entrySchema = z.object({
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  files: z.array(z.string().regex(SITE_FILE)).min(1),
  assets: z.array(z.string().regex(new RegExp(`^${SEGMENT}$`))),
});
type Entry = z.infer<typeof entrySchema>;
const manifestSchema = z.object({
  version: z.literal(1),
  pages: z.record(z.string().regex(PAGE_PATH), entrySchema),
});

/** A page's HTML file relative to its site (`/aktualnosci/wpis/` → `aktualnosci/wpis/index.html`). */
export const pageFile = (path: string): string => `${path.slice(1)}index.html`;

/** The files of `_astro/` a page links, by name (covers, scripts). */
export function linkedAssets(html: string): string[] {
  const names = new Set<string>();
  for (const match of html.matchAll(/\/_astro\/([\w.-]+)/g)) names.add(match[1]!);
  return [...names];
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

export interface PageStore {
  /** The pages the store can give back (every file of theirs is there): their digests. */
  readonly digests: PageDigests;
  /** Copies the pages at `paths`, with their siblings and linked assets, into `siteDir`. */
  restore(siteDir: string, paths: ReadonlySet<string>): Promise<void>;
  /** Makes the store hold the pages of `digests` as `siteDir` has them (written, compressed). */
  save(siteDir: string, digests: PageDigests): Promise<void>;
}

async function readManifest(dir: string): Promise<Record<string, Entry>> {
  try {
    const text = await readFile(join(dir, MANIFEST), "utf8");
    return manifestSchema.parse(JSON.parse(text)).pages;
  } catch {
    return {}; // none yet, or unreadable: the build renders every page and writes a new one
  }
}

/** The store at `dir`, read once for a build. */
export async function openPageStore(dir: string): Promise<PageStore> {
  const pages = await readManifest(dir);
  const files = join(dir, SITE_DIR);
  const complete = new Set<string>();
  await forEachAtOnce(Object.entries(pages), COPIES, async ([path, entry]) => {
    const needed = [...entry.files, ...entry.assets.map((name) => `${ASSETS}/${name}`)];
    const found = await Promise.all(needed.map((file) => exists(join(files, file))));
    if (found.every(Boolean)) complete.add(path);
  });
  // In the manifest's order, whichever check finished first.
  const digests = new Map(
    Object.entries(pages).flatMap(([path, entry]) =>
      complete.has(path) ? [[path, entry.digest] as const] : [],
    ),
  );

  const writeManifest = async () => {
    await writeFile(join(dir, `${MANIFEST}.new`), JSON.stringify({ version: 1, pages }));
    await rename(join(dir, `${MANIFEST}.new`), join(dir, MANIFEST));
  };
  const copyInto = async (from: string, to: string, relativeFiles: Iterable<string>) => {
    const list = [...relativeFiles];
    for (const folder of new Set(list.map((file) => dirname(join(to, file)))))
      await mkdir(folder, { recursive: true });
    await forEachAtOnce(list, COPIES, (file) => copyFile(join(from, file), join(to, file)));
  };

  return {
    digests,
    async restore(siteDir, paths) {
      const wanted = [...paths].map((path) => pages[path]);
      const assets = new Set(wanted.flatMap((entry) => entry?.assets ?? []));
      try {
        if (wanted.some((entry) => entry === undefined)) throw new Error("a page is not stored");
        await copyInto(files, siteDir, [
          ...wanted.flatMap((entry) => entry?.files ?? []),
          ...[...assets].map((name) => `${ASSETS}/${name}`),
        ]);
      } catch (error) {
        // The next build renders every page rather than failing the same way.
        await rm(dir, { recursive: true, force: true });
        throw new PageStoreError(`pages could not be taken from ${dir}: ${String(error)}`);
      }
    },
    async save(siteDir, next) {
      const rendered = [...next].filter(([path, digest]) => digests.get(path) !== digest);
      const leaving = Object.keys(pages).filter((path) => pages[path]?.digest !== next.get(path));
      await mkdir(files, { recursive: true });
      if (leaving.length > 0) {
        const gone = leaving.flatMap((path) => (next.has(path) ? [] : (pages[path]?.files ?? [])));
        for (const path of leaving) delete pages[path];
        await writeManifest();
        for (const file of gone) await rm(join(files, file), { force: true });
      }
      const written: Record<string, Entry> = {};
      const assets = new Set(Object.values(pages).flatMap((entry) => entry.assets));
      const fresh: string[] = [];
      await forEachAtOnce(rendered, COPIES, async ([path, digest]) => {
        const html = pageFile(path);
        const siblings = PRECOMPRESSED_ENCODINGS.map(({ suffix }) => `${html}${suffix}`);
        const present = await Promise.all(siblings.map((file) => exists(join(siteDir, file))));
        const linked = linkedAssets(await readFile(join(siteDir, html), "utf8"));
        const own = [];
        for (const name of linked) {
          if (!(await exists(join(siteDir, ASSETS, name)))) continue; // not a file of the site
          own.push(name);
          if (!assets.has(name)) fresh.push(`${ASSETS}/${name}`);
          assets.add(name);
        }
        // A sibling the new page does not have must not stay from the old one.
        for (const [index, file] of siblings.entries())
          if (!present[index]) await rm(join(files, file), { force: true });
        written[path] = {
          digest,
          files: [html, ...siblings.filter((_, index) => present[index])],
          assets: own,
        };
      });
      await copyInto(siteDir, files, [
        ...Object.values(written).flatMap((entry) => entry.files),
        ...fresh,
      ]);
      Object.assign(pages, written);
      await writeManifest();
      // Assets no page links any more.
      const linked = new Set(Object.values(pages).flatMap((entry) => entry.assets));
      const stored = await readdir(join(files, ASSETS)).catch(() => [] as string[]);
      for (const name of stored)
        if (!linked.has(name)) await rm(join(files, ASSETS, name), { force: true });
    },
  };
}
