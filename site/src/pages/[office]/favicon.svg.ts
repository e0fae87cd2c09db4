import type { APIRoute } from "astro";
import { everyOffice } from "../../lib/content/office-paths";
import { favicon } from "../../lib/models/favicon";

export const getStaticPaths = everyOffice;

export const GET: APIRoute = () =>
  new Response(favicon.svg, { headers: { "Content-Type": "image/svg+xml" } });
