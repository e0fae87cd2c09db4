// Deny by default for office editors on the admin API. At register time every admin route (the
// admin's own and every plugin's) gets a gate middleware, which runs after Strapi's authentication
// and policies and, for an office editor, applies the route's rule from admin-route-rules.ts:
// open, confined by a scope, or refused. A route the table does not know is refused. At bootstrap,
// once Strapi has built its routers, every admin route must carry the gate (a route added where
// the gate could not reach stops the start) and unclassified routes are reported.
import type { Core } from "@strapi/strapi";
import { createDocumentStore } from "../documents/document-store";
import { createOfficeMedia } from "../media/office-media";
import { accessMessages, refusal } from "./access-messages";
import { actorOf } from "./actor";
import { type RouteRule, routeKey, ruleOf, type ScopeName } from "./admin-route-rules";
import { buildStatusScopes } from "./route-scopes/build-status";
import { dashboardScopes } from "./route-scopes/dashboard";
import { documentScopes } from "./route-scopes/documents";
import { mediaScopes } from "./route-scopes/media";
import { ownProfileScopes } from "./route-scopes/own-profile";
import type { KoaContext, Next, Scope, ScopeServices } from "./route-scopes/scope";

interface RouteShape {
  method: string;
  path: string;
  config?: { middlewares?: unknown[]; prefix?: string };
}

interface RouterShape {
  type?: string;
  prefix?: string;
  routes?: RouteShape[];
}

type RouterInput = RouterShape | ((context: { strapi: Core.Strapi }) => RouterShape);

export class UngatedRouteError extends Error {
  override name = "UngatedRouteError";
}

function scopesOf(services: ScopeServices): Record<ScopeName, Scope> {
  return {
    ...documentScopes(services),
    ...dashboardScopes(services),
    ...buildStatusScopes(services),
    ...ownProfileScopes,
    ...mediaScopes(services),
  } as Record<ScopeName, Scope>;
}

function gate(
  rule: RouteRule | undefined,
  scopes: () => Record<ScopeName, Scope>,
  offices: (email: string) => Promise<string[]>,
) {
  return async (ctx: KoaContext, next: Next) => {
    const actor = actorOf(ctx.state.user);
    if (actor.kind !== "editor") return next();
    if (rule === "public" || rule === "own-account" || rule === "schema") return next();
    if (rule === undefined || rule === "platform") {
      throw refusal(accessMessages.platform);
    }
    return scopes()[rule.scope](ctx, next, { offices: await offices(actor.email) });
  };
}

/** The admin routers of Strapi's admin and of every plugin, with their prefixes. */
function adminRouters(strapi: Core.Strapi): { prefix: string; routes: RouteShape[] }[] {
  const found: { prefix: string; routes: RouteShape[] }[] = [];
  const collect = (routers: Record<string, RouterInput>, defaultPrefix: string) => {
    for (const [name, input] of Object.entries(routers)) {
      // Strapi calls router factories later; called here, the routes exist to be gated.
      const router = typeof input === "function" ? input({ strapi }) : input;
      routers[name] = router;
      if ((router.type ?? "admin") !== "admin") continue;
      found.push({ prefix: router.prefix ?? defaultPrefix, routes: router.routes ?? [] });
    }
  };
  collect(strapi.admin.routes as unknown as Record<string, RouterInput>, "/admin");
  for (const [name, plugin] of Object.entries(strapi.plugins)) {
    const routes = (plugin as unknown as { routes?: unknown }).routes;
    if (Array.isArray(routes)) found.push({ prefix: `/${name}`, routes: routes as RouteShape[] });
    else if (routes) collect(routes as Record<string, RouterInput>, `/${name}`);
  }
  return found;
}

/** Gates every admin route (call in `register`); returns the keys of the gated routes. */
export function gateAdminRoutes(strapi: Core.Strapi): Set<string> {
  const store = createDocumentStore(strapi);
  let scopes: Record<ScopeName, Scope> | undefined;
  const services = () => {
    scopes ??= scopesOf({ strapi, store, media: createOfficeMedia(strapi) });
    return scopes;
  };
  const gated = new Set<string>();
  for (const { prefix, routes } of adminRouters(strapi)) {
    for (const route of routes) {
      const joined =
        route.config && "prefix" in route.config ? route.path : `${prefix}${route.path}`;
      // The router registers `/upload` + `/` as `/upload`.
      const path = joined.length > 1 ? joined.replace(/\/$/, "") : joined;
      const key = routeKey(route.method, path);
      route.config = {
        ...route.config,
        middlewares: [
          gate(ruleOf(key), services, store.officesEditedBy),
          ...(route.config?.middlewares ?? []),
        ],
      };
      gated.add(key);
    }
  }
  return gated;
}

interface LayerShape {
  path: string;
  methods: string[];
}

/** The key of a router layer: GET for a GET route (which also answers HEAD). */
export const layerKey = (layer: LayerShape): string =>
  routeKey(layer.methods.find((method) => method !== "HEAD") ?? "HEAD", layer.path);

/**
 * Checks, once Strapi built its routers (call in `bootstrap`), that every admin route carries the
 * gate; returns the gated routes the rules do not classify (refused to editors until they are).
 */
export function verifyAdminRoutes(strapi: Core.Strapi, gated: ReadonlySet<string>): string[] {
  const layers = strapi.server.api("admin").listRoutes() as unknown as LayerShape[];
  const keys = layers.filter((layer) => layer.methods.length > 0).map(layerKey);
  const ungated = keys.filter((key) => !gated.has(key));
  if (ungated.length > 0) {
    throw new UngatedRouteError(
      `admin routes without the office-editor gate: ${ungated.join(", ")} (see src/access/route-gate.ts)`,
    );
  }
  return keys.filter((key) => ruleOf(key) === undefined);
}
