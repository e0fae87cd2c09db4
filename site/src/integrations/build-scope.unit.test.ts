import type { AstroPrerenderer } from "astro";
import { describe, expect, it } from "vitest";
import { BuildScopeError, freshRouteCache } from "./build-scope";

/** A prerenderer like Astro's default: its `app` is set up by `setup`. */
function prerenderer(app: unknown, order: string[]): AstroPrerenderer {
  const base = {
    name: "astro:default",
    async setup() {
      order.push("setup");
      Object.assign(base, { app });
    },
    getStaticPaths: async () => [],
    render: async () => new Response(""),
  };
  return base;
}

describe("freshRouteCache", () => {
  it("clears the app's route cache once the default prerenderer is set up", async () => {
    const order: string[] = [];
    const app = { routeCache: { clearAll: () => order.push("clear") } };
    const wrapped = freshRouteCache(prerenderer(app, order));
    await wrapped.setup?.();
    expect(order).toEqual(["setup", "clear"]);
    expect(wrapped.name).toBe("astro:default");
  });

  it.each([
    { case: "no app", app: undefined },
    { case: "an app without a route cache", app: {} },
    { case: "a route cache that cannot be cleared", app: { routeCache: {} } },
  ])("fails the build on $case (an Astro that changed its prerenderer)", async ({ app }) => {
    const wrapped = freshRouteCache(prerenderer(app, []));
    await expect(wrapped.setup?.()).rejects.toThrow(BuildScopeError);
  });
});
