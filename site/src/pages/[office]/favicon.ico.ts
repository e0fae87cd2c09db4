import type { APIRoute } from "astro";
import { everyOffice } from "../../lib/content/office-paths";
import { favicon } from "../../lib/models/favicon";

export const getStaticPaths = everyOffice;

export const GET: APIRoute = () =>
  new Response(new Uint8Array(favicon.ico), { headers: { "Content-Type": "image/x-icon" } });
