import type { APIRoute } from "astro";
import { buildContext } from "../../lib/build/build-context";
import { loadOfficeContent } from "../../lib/content/load-office-content";
import { everyOffice } from "../../lib/content/office-paths";
import { officeIcons } from "../../lib/models/favicon";

export const getStaticPaths = everyOffice;

export const GET: APIRoute = async ({ params }) => {
  const { office } = await loadOfficeContent(params.office);
  const { ico } = await officeIcons(office, buildContext().STRAPI_URL);
  return new Response(new Uint8Array(ico), { headers: { "Content-Type": "image/x-icon" } });
};
