// Pages a build takes from its office's last build instead of rendering them again. A warm
// rebuild after one publish renders every page of the office, though most of them (a news post's
// page, when another post changed) come out the same bytes. Such a page has a digest of every
// input it renders from (news-page-digest.ts); the page store in the build's cache
// (page-store.ts) keeps each page of the last build with its digest. A page whose digest is the
// stored one is left out of the build's static paths and its stored files are copied into the
// output (integrations/page-reuse.ts); every other page is rendered. The pages' static paths run
// inside the page bundle, which holds its own copy of this module, so the pages and the
// integration meet in a registry on `globalThis`, made again when each build starts.
// docs/decisions.md, "Pages reused from the last build".

/** Site path ("/aktualnosci/wpis/") → digest of the page's inputs. */
export type PageDigests = ReadonlyMap<string, string>;

interface Registry {
  /** By office: the pages its store can give back. */
  stored: ReadonlyMap<string, PageDigests>;
  /** By office: the pages this build took from the store. */
  reused: Map<string, Set<string>>;
  /** By office: every page of this build that has a digest, rendered or reused. */
  digests: Map<string, Map<string, string>>;
}

const REGISTRY = Symbol.for("mops.page-reuse");
const holder = globalThis as { [REGISTRY]?: Registry };

/** Starts a build that may reuse the `stored` pages of its offices. */
export function startPageReuse(stored: ReadonlyMap<string, PageDigests>): void {
  holder[REGISTRY] = { stored, reused: new Map(), digests: new Map() };
}

/** Ends reuse (at the end of a build, or at the start of one that reuses nothing). */
export function clearPageReuse(): void {
  delete holder[REGISTRY];
}

/** Whether this build may reuse pages at all. */
export const pageReuseActive = (): boolean => holder[REGISTRY] !== undefined;

const entry = <T>(map: Map<string, T>, key: string, make: () => T): T => {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
};

/**
 * Whether the page at `path` of `office`, whose inputs have `digest`, must be rendered: false when
 * the store holds the page with the same digest, which the build then takes. Records the digest
 * either way. Always true when the build reuses nothing.
 */
export function mustRender(office: string, path: string, digest: string): boolean {
  const registry = holder[REGISTRY];
  if (!registry) return true;
  entry(registry.digests, office, () => new Map()).set(path, digest);
  if (registry.stored.get(office)?.get(path) !== digest) return true;
  entry(registry.reused, office, () => new Set()).add(path);
  return false;
}

/** The pages of `office` this build took from its store. */
export const reusedPaths = (office: string): ReadonlySet<string> =>
  holder[REGISTRY]?.reused.get(office) ?? new Set();

/** Every page of `office` this build gave a digest, rendered or reused. */
export const pageDigests = (office: string): PageDigests =>
  holder[REGISTRY]?.digests.get(office) ?? new Map();
