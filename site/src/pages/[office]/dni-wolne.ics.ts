import type { APIRoute } from "astro";
import { BUILD_NOW, BUILD_TODAY } from "../../lib/build/build-context";
import { loadOfficeContent } from "../../lib/content/load-office-content";
import { everyOffice } from "../../lib/content/office-paths";
import { holidaysCalendarText } from "../../lib/models/holiday-feeds";

export const getStaticPaths = everyOffice;

export const GET: APIRoute = async ({ params }) => {
  const { office } = await loadOfficeContent(params.office);
  return new Response(holidaysCalendarText(office.siteUrl, BUILD_TODAY, BUILD_NOW), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
};
