import type { APIRoute } from "astro";
import { buildContext } from "../../../../lib/build/build-context";
import { portalContent } from "../../../../lib/portal/portal-content";
import { hsdsOrganizations } from "../../../../lib/portal/portal-hsds";

export const GET: APIRoute = async () => {
  const { contents } = await portalContent();
  return new Response(JSON.stringify(hsdsOrganizations(contents, buildContext().BUILD_TODAY)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
