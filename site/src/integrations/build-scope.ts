// Starts each build's scope (src/lib/build/build-scope.ts) before anything of the build runs, so
// that a kept process's kept page modules make their per-build state again. Astro's own state
// of a kept bundle is made per build too: the bundle's entry, kept when a build's folders and key
// are the same (scripts/lib/kept-folders.ts), holds the app Astro renders with, and its route
// cache holds the static paths of the build that loaded it (the offices and posts of that build).
// The prerenderer (Astro's `setPrerenderer`) clears it once the entry is loaded. Astro does not
// type the default prerenderer's `app`: without it the build fails here, not with stale pages
// (docs/decisions.md, "A kept process builds in fixed folders").
import type { AstroIntegration, AstroPrerenderer } from "astro";
import { startBuildScope } from "../lib/build/build-scope";

/** What Astro's default prerenderer holds once set up (not in Astro's types). */
type DefaultPrerenderer = AstroPrerenderer & { app?: { routeCache?: { clearAll?: () => void } } };

export class BuildScopeError extends Error {
  override name = "BuildScopeError";
}

/** The default prerenderer, with its app's route cache cleared for each build. */
export function freshRouteCache(base: AstroPrerenderer): AstroPrerenderer {
  return {
    ...base,
    async setup() {
      await base.setup?.();
      const cache = (base as DefaultPrerenderer).app?.routeCache;
      if (typeof cache?.clearAll !== "function") {
        throw new BuildScopeError("Astro's prerenderer has no route cache to clear");
      }
      cache.clearAll();
    },
  };
}

export function buildScope(): AstroIntegration {
  return {
    name: "mops:build-scope",
    hooks: {
      "astro:build:start": ({ setPrerenderer }) => {
        startBuildScope();
        setPrerenderer(freshRouteCache);
      },
    },
  };
}
