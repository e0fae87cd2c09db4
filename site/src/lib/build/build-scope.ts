// State that lives for one build. The warm build server (scripts/build-server.ts) runs build
// after build in one process and keeps the page bundle's modules between them when their code is
// unchanged (scripts/lib/kept-bundle.ts), so a module of the pages is evaluated once, not once
// per build: whatever such a module holds for a build (its parameters, the content it read, a
// memo) is made with `perBuild`, which makes it again when the next build starts. The build-scope
// integration (src/integrations/build-scope.ts) starts each build's scope; the pages and the
// integrations each hold their own copy of this module, so the scope lives on `globalThis`.

const SCOPE = Symbol.for("mops.build-scope");
const scope = globalThis as { [SCOPE]?: number };

/** Starts a new build: every `perBuild` value is made again when next asked for. */
export function startBuildScope(): void {
  scope[SCOPE] = (scope[SCOPE] ?? 0) + 1;
}

/** `make()` once per build, on first use. */
export function perBuild<T>(make: () => T): () => T {
  let madeIn: number | undefined;
  let value: T;
  return () => {
    const current = scope[SCOPE] ?? 0;
    if (madeIn !== current) {
      value = make();
      madeIn = current;
    }
    return value;
  };
}
