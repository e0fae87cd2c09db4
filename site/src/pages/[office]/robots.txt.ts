import type { APIRoute } from "astro";
import { loadOfficeContent } from "../../lib/content/load-office-content";
import { everyOffice } from "../../lib/content/office-paths";
import { robotsTxt } from "../../lib/models/feeds";

export const getStaticPaths = everyOffice;

export const GET: APIRoute = async ({ params }) => {
  const { office } = await loadOfficeContent(params.office);
  return new Response(robotsTxt(office.siteUrl), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
