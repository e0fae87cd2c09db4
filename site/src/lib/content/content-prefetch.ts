// The CMS content of a build, requested when the build starts (integrations/content-prefetch.ts)
// rather than when the first page renders, so that reading the CMS overlaps Astro's bundling
// instead of following it. The pages' loader (load-office-content.ts) runs inside the page bundle,
// which holds its own copy of this module, so the two meet in a registry on `globalThis`. An entry
// is taken only by a loader of the same build (same CMS, offices and draft grant), once per
// language; every build start replaces what an earlier build left.
import type { Language } from "@mops/shared";
import type { OfficeBuild } from "../build/build-env";
import type { OfficeContent } from "./office-content";

type Content = Promise<Map<string, OfficeContent>>;
type Prefetch = { key: string; languages: Map<Language, Content> };

const REGISTRY = Symbol.for("mops.content-prefetch");
const registry = globalThis as { [REGISTRY]?: Prefetch };

/** Which build a prefetch belongs to. */
export function prefetchKey(build: OfficeBuild): string {
  return JSON.stringify([
    build.strapiUrl,
    build.draftGrant ?? "",
    build.offices.map((office) => office.slug),
  ]);
}

/**
 * Starts loading each language for `build`, replacing any earlier build's prefetch. Resolves
 * once every language has loaded (true) or one failed (false); never rejects: the loader that
 * takes a failed language reports the failure.
 */
export function startPrefetch(
  build: OfficeBuild,
  languages: readonly Language[],
  load: (language: Language) => Content,
): Promise<boolean> {
  const started = new Map<Language, Content>();
  for (const language of languages) {
    const content = load(language);
    // Not a crash when no page asks for it (a build that failed before rendering): the loader
    // that takes it sees the failure.
    content.catch(() => undefined);
    started.set(language, content);
  }
  registry[REGISTRY] = { key: prefetchKey(build), languages: started };
  return Promise.all(started.values()).then(
    () => true,
    () => false,
  );
}

/** The prefetched content of `language` for `build`, once; `undefined` when none was started. */
export function takePrefetched(build: OfficeBuild, language: Language): Content | undefined {
  const prefetch = registry[REGISTRY];
  if (prefetch?.key !== prefetchKey(build)) return undefined;
  const content = prefetch.languages.get(language);
  prefetch.languages.delete(language);
  return content;
}

/** Drops whatever is prefetched (at the end of a build, or before another starts). */
export function clearPrefetch(): void {
  delete registry[REGISTRY];
}
