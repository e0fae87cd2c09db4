import type { APIRoute } from "astro";
import { buildContext } from "../../lib/build/build-context";
import { everyOffice } from "../../lib/content/office-paths";
import { holidaysJsonText } from "../../lib/models/holiday-feeds";

export const getStaticPaths = everyOffice;

export const GET: APIRoute = () =>
  new Response(holidaysJsonText(buildContext().BUILD_TODAY), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
