// Starts each build's scope (src/lib/build/build-scope.ts) before anything of the build runs, so
// that a warm build server's kept page modules make their per-build state again.
import type { AstroIntegration } from "astro";
import { startBuildScope } from "../lib/build/build-scope";

export function buildScope(): AstroIntegration {
  return {
    name: "mops:build-scope",
    hooks: { "astro:build:start": () => startBuildScope() },
  };
}
