import type { APIRoute } from "astro";
import { buildContext } from "../../lib/build/build-context";
import { loadOfficeContent } from "../../lib/content/load-office-content";
import { everyOffice } from "../../lib/content/office-paths";
import { officeIcons } from "../../lib/models/favicon";

export const getStaticPaths = everyOffice;

export const GET: APIRoute = async ({ params }) => {
  const { office } = await loadOfficeContent(params.office);
  const { appleTouch } = await officeIcons(office, buildContext().STRAPI_URL);
  return new Response(new Uint8Array(appleTouch), { headers: { "Content-Type": "image/png" } });
};
