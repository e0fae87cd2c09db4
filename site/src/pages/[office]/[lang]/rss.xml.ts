// The news feed of a language that has translated news: `/uk/rss.xml`, `/en/rss.xml`.
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { translatedPageContext } from "../../../lib/content/page-context";
import { everyTranslation } from "../../../lib/content/translated-paths";
import { newsFeed } from "../../../lib/models/feeds";
import { routes } from "../../../lib/routes";

export const getStaticPaths = () => everyTranslation({ kind: "news" });

export const GET: APIRoute = async ({ params }) => {
  const { language, content } = await translatedPageContext(
    params.office,
    params.lang,
    routes.news(),
  );
  return rss(newsFeed(content, language));
};
