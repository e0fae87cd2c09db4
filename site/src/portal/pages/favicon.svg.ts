import type { APIRoute } from "astro";
import { favicon } from "../../lib/models/favicon";

/** The platform's default icon: the portal has no office's own. */
export const GET: APIRoute = () =>
  new Response(favicon.svg, { headers: { "Content-Type": "image/svg+xml" } });
