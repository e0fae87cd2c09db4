import type { APIRoute } from "astro";
import { buildContext } from "../../lib/build/build-context";
import { loadOfficeContent } from "../../lib/content/load-office-content";
import { everyOffice } from "../../lib/content/office-paths";
import { holidaysCalendarText } from "../../lib/models/holiday-feeds";

export const getStaticPaths = everyOffice;

export const GET: APIRoute = async ({ params }) => {
  const { office } = await loadOfficeContent(params.office);
  return new Response(
    holidaysCalendarText(office.siteUrl, buildContext().BUILD_TODAY, buildContext().BUILD_NOW),
    {
      headers: { "Content-Type": "text/calendar; charset=utf-8" },
    },
  );
};
