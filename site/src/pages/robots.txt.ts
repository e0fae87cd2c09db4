import type { APIRoute } from "astro";
import { loadOfficeContent } from "../lib/content/load-office-content";
import { robotsTxt } from "../lib/models/feeds";

export const GET: APIRoute = async () => {
  const { office } = await loadOfficeContent();
  return new Response(robotsTxt(office.siteUrl), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
