import type { APIRoute } from "astro";
import { buildContext } from "../../lib/build/build-context";
import { loadOfficeContent } from "../../lib/content/load-office-content";
import { everyOffice } from "../../lib/content/office-paths";
import { hoursCalendar } from "../../lib/models/hours-calendar";

export const getStaticPaths = everyOffice;

export const GET: APIRoute = async ({ params }) =>
  new Response(
    hoursCalendar(
      await loadOfficeContent(params.office),
      buildContext().BUILD_TODAY,
      buildContext().BUILD_NOW,
    ),
    {
      headers: { "Content-Type": "text/calendar; charset=utf-8" },
    },
  );
