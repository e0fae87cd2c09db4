// Deny by default: every route the running CMS serves outside the content API is classified for
// office editors in src/access/admin-route-rules.ts, and every classified route exists. A Strapi
// upgrade that adds a route fails here (and the route stays closed to editors until classified).
import { beforeAll, describe, expect, it } from "vitest";
import { adminRouteRules } from "../src/access/admin-route-rules.ts";
import { layerKey } from "../src/access/route-gate.ts";
import { listRoutes } from "../test-support/route-list.ts";
import { cmsInstances } from "./cms-instances.ts";

describe("the routes of the CMS", () => {
  let served: string[] = [];

  beforeAll(async () => {
    const [cms] = cmsInstances();
    if (!cms) throw new Error("no CMS instance");
    const routes = await listRoutes(cms.distDir, cms.env);
    served = routes
      .filter((route) => !route.path.startsWith("/api/"))
      .map((route) =>
        layerKey({ ...route, methods: route.methods.includes("ACL") ? ["ALL"] : route.methods }),
      );
  });

  it("are many (the listing works)", () => {
    expect(served.length).toBeGreaterThan(150);
  });

  it("are all classified for office editors", () => {
    expect(served.filter((key) => !Object.hasOwn(adminRouteRules, key))).toEqual([]);
  });

  it("are all that the classification lists", () => {
    expect(Object.keys(adminRouteRules).filter((key) => !served.includes(key))).toEqual([]);
  });
});
