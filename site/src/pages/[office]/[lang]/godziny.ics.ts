// The hours calendar in a language the office is translated into: `/uk/godziny.ics`.
import type { APIRoute } from "astro";
import { buildContext } from "../../../lib/build/build-context";
import { translatedPageContext } from "../../../lib/content/page-context";
import { everyTranslation } from "../../../lib/content/translated-paths";
import { hoursCalendar } from "../../../lib/models/hours-calendar";
import { routes } from "../../../lib/routes";

export const getStaticPaths = () => everyTranslation({ kind: "home" });

export const GET: APIRoute = async ({ params }) => {
  const { language, content } = await translatedPageContext(
    params.office,
    params.lang,
    routes.home(),
  );
  return new Response(
    hoursCalendar(content, buildContext().BUILD_TODAY, buildContext().BUILD_NOW, language),
    {
      headers: { "Content-Type": "text/calendar; charset=utf-8" },
    },
  );
};
